using System.CommandLine;
using Summarizer.Cli.Hosting;
using Summarizer.Core.Storage;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer migrate-index</c>: moves an index written before it was partitioned into its partitions (see
/// <see cref="ArticleIndexMigration"/>); run it once against the storage account with the app stopped.
/// </summary>
internal static class MigrateIndexCommand
{
    public static Command Create()
    {
        var command = new Command("migrate-index", "Move the rows of an index written before it was partitioned into the partitions the app reads now.");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CommandServices.CreateAsync([.. parseResult.UnmatchedTokens], cancellationToken);
            var (articles, removed) = await services.GetRequiredService<ArticleIndexMigration>().MigrateAsync(cancellationToken);
            await Console.Out.WriteLineAsync($"{articles} article(s) moved into their partitions; {removed} row(s) of the old partition removed.");
            return 0;
        });
        return command;
    }
}
