using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Evaluation;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarizer clean &lt;file-or-folder&gt;</c>: prints the cleaned article(s) as JSON.</summary>
internal static class CleanCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("file-or-folder") { Description = "An .html, .htm, .txt or .md file (optionally .gz), or a folder of them." };
        var maxBytes = new Option<long?>("--max-bytes") { Description = "Reject inputs larger than this many bytes (default: the Cleaning:MaxInputBytes default)." };
        var command = new Command("clean", "Reduce articles to their text and metadata and print them as JSON.") { path, maxBytes };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new CleaningOptions();
            if (parseResult.GetValue(maxBytes) is { } limit)
            {
                options.MaxInputBytes = limit;
            }

            var cleaner = new ArticleCleaner(Options.Create(options));
            return await RunAsync(parseResult.GetValue(path)!, cleaner, Console.Out, Console.Error, cancellationToken);
        });
        return command;
    }

    internal static async Task<int> RunAsync(string path, IArticleCleaner cleaner, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            var results = new SortedDictionary<string, ExtractorPageOutput>(StringComparer.Ordinal);
            foreach (var (key, file) in ArticleFolder.List(path))
            {
                results[key] = await CleanFileAsync(file, cleaner, cancellationToken);
            }

            await output.WriteLineAsync(JsonSerializer.Serialize(results, ExtractorOutputFile.JsonOptions));
            return 0;
        }

        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"No such file or folder: {path}");
            return 2;
        }

        var page = await CleanFileAsync(path, cleaner, cancellationToken);
        await output.WriteLineAsync(JsonSerializer.Serialize(page, ExtractorOutputFile.JsonOptions));
        if (page.Rejected is not null)
        {
            await error.WriteLineAsync($"Rejected: {page.Rejected}");
            return 1;
        }

        return 0;
    }

    private static async Task<ExtractorPageOutput> CleanFileAsync(string file, IArticleCleaner cleaner, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        var result = cleaner.Clean(new ArticleSource(Path.GetFileName(file), null, bytes), cancellationToken);
        return result.IsRejected ? ExtractorPageOutput.FromRejection(result.RejectionReason) : ExtractorPageOutput.FromArticle(result.Article);
    }
}
