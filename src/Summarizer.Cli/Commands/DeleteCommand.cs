using System.CommandLine;
using Summarizer.Cli.Hosting;
using Summarizer.Core.Access;
using Summarizer.Core.Api;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer delete</c>: removes an article everywhere (every blob version, its documents, its index rows), as
/// <c>DELETE /api/articles/{id}</c> does.
/// </summary>
internal static class DeleteCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The article id, as upload and list print it." };
        var command = new Command("delete", "Delete an article: its blob and every version of it, its cleaned text, its summary and its index rows.") { id };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CommandServices.CreateAsync([.. parseResult.UnmatchedTokens], cancellationToken);
            var articleId = parseResult.GetValue(id)!;
            var response = await services.GetRequiredService<ArticleApi>().DeleteAsync(Caller.Local, articleId, cancellationToken);
            if (response.StatusCode == 204)
            {
                await Console.Out.WriteLineAsync($"Deleted {articleId}.");
                return 0;
            }

            return await ApiOutput.WriteAsync(response);
        });
        return command;
    }
}
