using System.CommandLine;
using Summarizer.Cli.Hosting;
using Summarizer.Core.Access;
using Summarizer.Core.Api;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarizer show</c>: one article's status, summary and key points, as <c>GET /api/summaries/{id}</c> gives them.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The article id, as upload and list print it." };
        var command = new Command("show", "Print an article's status, summary and key points as JSON.") { id };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CommandServices.CreateAsync([.. parseResult.UnmatchedTokens], cancellationToken);
            return await ApiOutput.WriteAsync(await services.GetRequiredService<ArticleApi>().GetSummaryAsync(Caller.Local, parseResult.GetValue(id)!, cancellationToken));
        });
        return command;
    }
}
