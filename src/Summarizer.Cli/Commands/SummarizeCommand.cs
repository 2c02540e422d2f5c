using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Cli.Hosting;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Summarization;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarizer summarize &lt;file&gt;</c>: cleans an article file and prints its title, summary and key points as JSON.</summary>
internal static class SummarizeCommand
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The article: HTML, text or Markdown, optionally gzip-compressed." };
        var config = ConfigOption();
        var command = new Command("summarize", "Summarize an article file with the configured provider (Summarization settings).") { file, config };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(file)!, result.GetValue(config), [.. result.UnmatchedTokens], cancellationToken));
        return command;
    }

    /// <summary>The <c>--config</c> option shared by the summarization commands.</summary>
    internal static Option<FileInfo?> ConfigOption() => new("--config")
    {
        Description = "A JSON settings file with a Summarization section; environment variables (Summarization__Provider=…) and --Summarization:Key=value arguments override it.",
    };

    /// <summary>Builds the services from settings and checks them as the host does at start-up.</summary>
    internal static ServiceProvider BuildServices(FileInfo? config, string[] args)
    {
        var configuration = CommandServices.Configuration(args, config);
        var services = new ServiceCollection()
            .AddArticleCleaning(configuration)
            .AddArticleSummarization(configuration)
            .BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();
        return services;
    }

    private static async Task<int> RunAsync(FileInfo file, FileInfo? config, string[] args, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await Console.Error.WriteLineAsync($"File not found: {file.FullName}");
            return 2;
        }

        ServiceProvider services;
        try
        {
            services = BuildServices(config, args);
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        await using (services)
        {
            var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
            var cleaning = services.GetRequiredService<IArticleCleaner>().Clean(new ArticleSource(file.Name, null, bytes), cancellationToken);
            if (cleaning.IsRejected)
            {
                await Console.Error.WriteLineAsync($"Rejected: {cleaning.RejectionReason}");
                return 1;
            }

            try
            {
                var summary = await services.GetRequiredService<IArticleSummarizer>().SummarizeAsync(cleaning.Article, cancellationToken);
                var output = new
                {
                    title = cleaning.Article.Title,
                    tldr = summary.Tldr,
                    summary = summary.Summary,
                    keyPoints = summary.KeyPoints,
                    sentences = summary.Sentences,
                    usage = summary.Usage,
                };
                Console.WriteLine(JsonSerializer.Serialize(output, Json));
                return 0;
            }
            catch (SummarizationException e)
            {
                await Console.Error.WriteLineAsync($"Summarization failed ({(e.IsTransient ? "transient" : "permanent")}): {e.Message}");
                return 1;
            }
        }
    }
}
