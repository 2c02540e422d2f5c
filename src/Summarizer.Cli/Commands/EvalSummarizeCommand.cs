using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Core.Evaluation;
using Summarizer.Core.Summarization;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer eval summarize --dataset file.jsonl</c>: ROUGE of the configured summarizer's summary, TL;DR and key
/// points, their redundancy and coverage, next to the lead baseline and any compared predictions files.
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
        var predictions = new Option<FileInfo?>("--predictions") { Description = "Write the summarizer's output to this file, one {\"id\", \"tldr\", \"summary\", \"keyPoints\"} line per article." };
        var compare = new Option<string[]>("--compare")
        {
            Description = "Also score another system's predictions, given as name=file.jsonl in the --predictions format; repeatable.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var config = SummarizeCommand.ConfigOption();
        var command = new Command("summarize", "Score the summarizer against reference summaries with ROUGE, next to the lead baseline.") { dataset, limit, json, predictions, compare, config };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, cancellationToken) => RunAsync(
            new EvalRun(result.GetValue(dataset)!, result.GetValue(limit), result.GetValue(json), result.GetValue(predictions), result.GetValue(compare) ?? []),
            result.GetValue(config),
            [.. result.UnmatchedTokens],
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(EvalRun run, FileInfo? config, string[] args, CancellationToken cancellationToken)
    {
        if (!run.Dataset.Exists)
        {
            await Console.Error.WriteLineAsync($"Data set not found: {run.Dataset.FullName}");
            return 2;
        }

        List<ComparedSystem> compared;
        try
        {
            compared = await ReadComparedAsync(run.Compare, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
        {
            await Console.Error.WriteLineAsync(e.Message);
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
            var examples = SummarizationDataset.ReadAsync(run.Dataset.FullName, cancellationToken);
            if (run.Limit is { } count)
            {
                examples = examples.Take(count);
            }

            var evaluator = new SummarizationEvaluator(services.GetRequiredService<IArticleSummarizer>());
            await using var predictions = run.Predictions is null ? null : new StreamWriter(run.Predictions.FullName);
            var report = await evaluator.EvaluateAsync(examples, compared, predictions, cancellationToken);
            Console.WriteLine(run.Json ? JsonSerializer.Serialize(report, SummarizeCommand.Json) : Format(report, run.Dataset.Name));
            return 0;
        }
    }

    private static async Task<List<ComparedSystem>> ReadComparedAsync(string[] values, CancellationToken cancellationToken)
    {
        var compared = new List<ComparedSystem>();
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            var (name, file) = equals > 0 ? (value[..equals], value[(equals + 1)..]) : (Path.GetFileNameWithoutExtension(value), value);
            if (!File.Exists(file))
            {
                throw new IOException($"Predictions file not found: {Path.GetFullPath(file)}");
            }

            compared.Add(new ComparedSystem(name, await SummaryPredictionFile.ReadAsync(file, cancellationToken)));
        }

        return compared;
    }

    private static string Format(SummarizationEvaluationReport report, string dataset)
    {
        static string F(RougeScore s) => (s.F1 * 100).ToString("F2", CultureInfo.InvariantCulture);
        static string Rouge(RougeScores? s) => s is null ? $"{"-",8} {"-",8} {"-",8}" : $"{F(s.Rouge1),8} {F(s.Rouge2),8} {F(s.RougeL),8}";
        static string Signed(double value) => (value * 100).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
        static string Gain(ScoreDifference d) => $"{Signed(d.Mean)} [{Signed(d.Interval.Lower)}, {Signed(d.Interval.Upper)}]";
        static string Share(double? value) => value is { } v ? (v * 100).ToString("F1", CultureInfo.InvariantCulture) : "-";
        var systems = new[] { report.System, report.Lead }.Concat(report.Compared).ToList();
        var width = Math.Max(12, systems.Max(s => s.Name.Length) + 1);
        var lines = new List<string>
        {
            $"Data set:   {dataset} ({report.Articles} articles, {report.Failed} failed)",
            $"Summarizer: {report.Summarizer}",
            "ROUGE F1 (x100, rouge-score with the stemmer; ROUGE-L is ROUGE-Lsum). lead = Lead-3 summary, Lead-1 TL;DR.",
            $"{string.Empty.PadRight(width)} {"summary",-26} {"tldr",-26} {"key points joined",-26}",
            $"{string.Empty.PadRight(width)} {"R-1",8} {"R-2",8} {"R-L",8} {"R-1",8} {"R-2",8} {"R-L",8} {"R-1",8} {"R-2",8} {"R-L",8}",
        };
        lines.AddRange(systems.Select(s => $"{s.Name.PadRight(width)} {Rouge(s.Summary)} {Rouge(s.Tldr)} {Rouge(s.KeyPoints)}"));
        lines.Add(string.Empty);
        lines.Add($"Summarizer minus lead (x100, F1 article by article; 95% paired bootstrap interval, {PairedBootstrap.DefaultResamples} draws of the articles):");
        var gain = report.OverLead;
        lines.Add($"summary R-1 {Gain(gain.SummaryRouge1)}   R-2 {Gain(gain.SummaryRouge2)}   R-L {Gain(gain.SummaryRougeL)}   tldr R-1 {Gain(gain.TldrRouge1)}");
        lines.Add(string.Empty);
        lines.Add("Key points (%): restating = share that restate a summary sentence; overlap = mean word overlap of two key points;");
        lines.Add("coverage = mean share of the article's thirds they draw on; missing = articles without output.");
        lines.Add($"{string.Empty.PadRight(width)} {"restating",10} {"overlap",10} {"coverage",10} {"missing",8}");
        lines.AddRange(systems.Select(s => $"{s.Name.PadRight(width)} {Share(s.Restating),10} {Share(s.KeyPointOverlap),10} {Share(s.Coverage),10} {s.Missing,8}"));
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"Articles per second: {report.ArticlesPerSecond:F1} (wall clock), {report.ArticlesPerCpuSecond:F1} per CPU second"));
        return string.Join(Environment.NewLine, lines);
    }

    private sealed record EvalRun(FileInfo Dataset, int? Limit, bool Json, FileInfo? Predictions, string[] Compare);
}
