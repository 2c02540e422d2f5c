using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Core.Evaluation;
using Summarizer.Core.Summarization;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer eval summarize --dataset file.jsonl</c>: ROUGE-1, ROUGE-2 and ROUGE-L F1 of the configured summarizer
/// and of Lead-3 on the same articles, and articles per second.
/// </summary>
internal static class EvalSummarizeCommand
{
    public static Command Create()
    {
        var dataset = new Option<FileInfo>("--dataset")
        {
            Description = "JSON Lines of {\"id\", \"article\", \"reference\"}; the reference holds one highlight per line.",
            Required = true,
        };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N articles." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var config = SummarizeCommand.ConfigOption();
        var command = new Command("summarize", "Score the summarizer against reference summaries with ROUGE, next to Lead-3.") { dataset, limit, json, config };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, cancellationToken) =>
            RunAsync(result.GetValue(dataset)!, result.GetValue(limit), result.GetValue(json), result.GetValue(config), [.. result.UnmatchedTokens], cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo dataset, int? limit, bool asJson, FileInfo? config, string[] args, CancellationToken cancellationToken)
    {
        if (!dataset.Exists)
        {
            await Console.Error.WriteLineAsync($"Data set not found: {dataset.FullName}");
            return 2;
        }

        ServiceProvider services;
        try
        {
            services = SummarizeCommand.BuildServices(config, args);
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        await using (services)
        {
            var examples = SummarizationDataset.ReadAsync(dataset.FullName, cancellationToken);
            if (limit is { } count)
            {
                examples = examples.Take(count);
            }

            var evaluator = new SummarizationEvaluator(services.GetRequiredService<IArticleSummarizer>());
            var report = await evaluator.EvaluateAsync(examples, cancellationToken);
            Console.WriteLine(asJson ? JsonSerializer.Serialize(report, SummarizeCommand.Json) : Format(report, dataset.Name));
            return 0;
        }
    }

    private static string Format(SummarizationEvaluationReport report, string dataset)
    {
        static string Row(string name, RougeScores s) => string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-12} {s.Rouge1.F1 * 100,8:F2} {s.Rouge2.F1 * 100,8:F2} {s.RougeL.F1 * 100,8:F2}");

        return string.Join(
            Environment.NewLine,
            $"Data set:   {dataset} ({report.Articles} articles, {report.Failed} failed)",
            $"Summarizer: {report.Summarizer}",
            "ROUGE F1 (x100, stemmed; ROUGE-L summary-level)",
            $"{string.Empty,-12} {"ROUGE-1",8} {"ROUGE-2",8} {"ROUGE-L",8}",
            Row("summarizer", report.System),
            Row("lead-3", report.Lead3),
            string.Create(CultureInfo.InvariantCulture, $"Articles per second: {report.ArticlesPerSecond:F1}"));
    }
}
