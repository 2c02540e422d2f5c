using System.Globalization;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// Prints evaluations as one line per page and extractor, worst page first, then one overall line per extractor
/// and the benchmark's shingle figures with their bootstrap confidence intervals.
/// </summary>
public static class CleaningReportWriter
{
    public static void Write(TextWriter writer, IReadOnlyList<ExtractorEvaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(evaluations);
        var width = evaluations.Max(e => e.Name.Length);
        var pageWidth = evaluations.SelectMany(e => e.Pages).Select(p => p.Page.Length).DefaultIfEmpty(4).Max();
        foreach (var evaluation in evaluations)
        {
            foreach (var page in WorstFirst(evaluation.Pages))
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{evaluation.Name.PadRight(width)}  {page.Page.PadRight(pageWidth)}  P={page.Score.Precision:0.000} R={page.Score.Recall:0.000} F1={page.Score.F1:0.000}  shingles P={page.Shingles.Precision:0.000} R={page.Shingles.Recall:0.000} F1={page.Shingles.F1:0.000}  title={TitleVerdict(page.TitleCorrect)}{Elapsed(page.ElapsedMs)}{TitleDetail(page)}{(page.Rejected is null ? string.Empty : $"  rejected: {page.Rejected}")}"));
            }
        }

        writer.WriteLine();
        foreach (var evaluation in evaluations)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{evaluation.Name.PadRight(width)}  overall  pages={evaluation.Pages.Count} rejected={evaluation.Pages.Count(p => p.Rejected is not null)} P={evaluation.MeanPrecision:0.000} R={evaluation.MeanRecall:0.000} F1={evaluation.MeanF1:0.000} {TitleAccuracy(evaluation)}  {Throughput(evaluation)}"));
            var pooled = WordMatch.Pool(evaluation.Pages.Select(p => p.Words));
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{evaluation.Name.PadRight(width)}  words (lower-cased \\w+, the multi-type benchmark's measure)  mean F1={CleaningGroupReportWriter.MeanWordF1(evaluation.Pages):0.000}  pooled P={pooled.Precision:0.000} R={pooled.Recall:0.000} F1={pooled.F1:0.000}"));
        }

        writer.WriteLine();
        foreach (var evaluation in evaluations)
        {
            var (precision, recall, f1) = evaluation.ShingleScore;
            var intervals = ShingleBootstrap.Compute(evaluation.Pages.Select(p => p.Shingles).ToList());
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{evaluation.Name.PadRight(width)}  shingles (4 words, the Article Extraction Benchmark's measure)  P={precision:0.000} {Bounds(intervals.Precision)} R={recall:0.000} {Bounds(intervals.Recall)} F1={f1:0.000} {Bounds(intervals.F1)}"));
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"(95 % bootstrap intervals over pages, {ShingleBootstrap.DefaultResamples} draws: a change inside them may be noise)"));
        WriteSpeedRatios(writer, evaluations);
        foreach (var other in evaluations.Skip(1))
        {
            writer.WriteLine($"paired by page: {evaluations[0].Name} minus {other.Name}, mean word F1 x100 {PairedWordDifferences.Format(PairedWordDifferences.Mean(PairedWordDifferences.Of(evaluations[0], other)))} (95 % bootstrap interval, {PairedBootstrap.DefaultResamples} draws)");
        }
    }

    /// <summary>Pages by the benchmark's shingle F1, then word F1, lowest first, so the pages to look at lead the table.</summary>
    public static IEnumerable<PageEvaluation> WorstFirst(IEnumerable<PageEvaluation> pages) =>
        pages.OrderBy(p => p.Shingles.F1).ThenBy(p => p.Score.F1).ThenBy(p => p.Page, StringComparer.Ordinal);

    internal static string Bounds(ConfidenceInterval interval) =>
        string.Create(CultureInfo.InvariantCulture, $"[{interval.Lower:0.000}, {interval.Upper:0.000}]");

    private static string TitleAccuracy(ExtractorEvaluation evaluation) => evaluation.TitledPages == 0
        ? "title-accuracy=n/a (no expected titles)"
        : string.Create(CultureInfo.InvariantCulture, $"title-accuracy={evaluation.TitleAccuracy:0.000} (of {evaluation.TitledPages} titled)");

    private static string TitleVerdict(bool? correct) => correct switch
    {
        true => "ok",
        false => "MISS",
        null => "n/a",
    };

    private static string Elapsed(double? elapsedMs) =>
        elapsedMs is { } ms ? string.Create(CultureInfo.InvariantCulture, $"  {ms,8:0.0} ms") : string.Empty;

    private static string TitleDetail(PageEvaluation page) =>
        page.TitleCorrect != false ? string.Empty : $"  expected \"{page.ExpectedTitle}\" got \"{page.ActualTitle}\"";

    private static string Throughput(ExtractorEvaluation evaluation) =>
        evaluation.PagesPerSecond is { } pages && evaluation.MegabytesPerSecond is { } megabytes
            ? string.Create(CultureInfo.InvariantCulture, $"throughput={pages:0.0} pages/s {megabytes:0.00} MB/s ({evaluation.TotalSeconds:0.00} s)")
            : "throughput=n/a (no timings)";

    private static void WriteSpeedRatios(TextWriter writer, IReadOnlyList<ExtractorEvaluation> evaluations)
    {
        var first = evaluations[0];
        foreach (var other in evaluations.Skip(1))
        {
            if (first.PagesPerSecond is { } ours && other.PagesPerSecond is { } theirs && theirs > 0)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed: {first.Name} is {ours / theirs:0.0}x the pages/s of {other.Name}"));
            }
        }
    }
}
