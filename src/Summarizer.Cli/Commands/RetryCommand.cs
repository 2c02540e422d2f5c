using System.CommandLine;
using Summarizer.Cli.Hosting;
using Summarizer.Core.Access;
using Summarizer.Core.Api;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer retry</c>: queues failed articles, or an offline fallback summary, for summarizing again, as
/// <c>POST /api/summaries/{id}/retry</c> does.
/// </summary>
internal static class RetryCommand
{
    public static Command Create()
    {
        var id = new Argument<string?>("id") { Description = "The id of a failed article, or of one the offline fallback summarized (sent to the model again).", Arity = ArgumentArity.ZeroOrOne };
        var allFailed = new Option<bool>("--all-failed") { Description = "Retry every failed article." };
        var command = new Command("retry", "Queue a failed article (or all of them), or an offline fallback summary, for summarizing again.") { id, allFailed };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var single = parseResult.GetValue(id);
            var all = parseResult.GetValue(allFailed);
            if (single is null == !all)
            {
                await Console.Error.WriteLineAsync("error: give either an article id or --all-failed.");
                return 2;
            }

            await using var services = await CommandServices.CreateAsync([.. parseResult.UnmatchedTokens], cancellationToken);
            var api = services.GetRequiredService<ArticleApi>();
            if (single is not null)
            {
                return await ApiOutput.WriteAsync(await api.RetryAsync(Caller.Local, single, cancellationToken));
            }

            var failed = await services.GetRequiredService<ArticleIndex>().ListByStatusAsync(ArticleStatus.Failed, cancellationToken).ToListAsync(cancellationToken);
            var exit = 0;
            foreach (var entry in failed)
            {
                exit = Math.Max(exit, await ApiOutput.WriteAsync(await api.RetryAsync(Caller.Local, entry.Id, cancellationToken)));
            }

            await Console.Error.WriteLineAsync($"{failed.Count} failed article(s) queued again.");
            return exit;
        });
        return command;
    }
}
