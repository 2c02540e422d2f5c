using System.CommandLine;
using Summarizer.Cli.Hosting;
using Summarizer.Core.Api;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarizer list</c>: articles newest first from the index, one line each.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var top = new Option<int>("--top") { Description = $"How many (1 to {ArticleApi.MaxPageSize}).", DefaultValueFactory = _ => ArticleApi.DefaultPageSize };
        var status = new Option<string?>("--status") { Description = "Only articles in this status, newest first; lists them all." };
        status.AcceptOnlyFromAmong([.. ArticleStatus.All]);
        var command = new Command("list", "List articles newest first with their status and title.") { top, status };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CommandServices.CreateAsync([.. parseResult.UnmatchedTokens], cancellationToken);
            var index = services.GetRequiredService<ArticleIndex>();
            var wanted = parseResult.GetValue(status);
            var entries = wanted is null
                ? (await index.ListAsync(Math.Clamp(parseResult.GetValue(top), 1, ArticleApi.MaxPageSize), null, cancellationToken)).Items
                : await index.ListByStatusAsync(wanted, cancellationToken).ToListAsync(cancellationToken);
            foreach (var e in entries)
            {
                var detail = e.Status is "rejected" or "failed" ? e.Error : e.Title;
                await Console.Out.WriteLineAsync($"{e.Id,-62} {e.Status,-10} {e.CreatedAt:yyyy-MM-dd HH:mm} {detail}");
            }

            return 0;
        });
        return command;
    }
}
