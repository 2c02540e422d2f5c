using System.Globalization;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// Prints evaluations grouped by a manifest field (<c>source</c>, <c>page_type</c>): per group the Article
/// Extraction Benchmark's shingle precision, recall and F1 and the mean and pooled word F1, each mean with its 95 %
/// bootstrap interval; then per extractor the macro mean over groups (every group weighs the same) beside the micro
/// figure over all pages.
/// </summary>
public static class CleaningGroupReportWriter
{
    /// <summary>The group of pages that have no value for the field.</summary>
    public const string NoValue = "(none)";

    public static void Write(TextWriter writer, IReadOnlyList<ExtractorEvaluation> evaluations, IReadOnlyList<DatasetPage> pages, string field)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(evaluations);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        var groupOf = pages.ToDictionary(p => p.Name, p => p.Field(field) ?? NoValue, StringComparer.Ordinal);
        var width = evaluations.Max(e => e.Name.Length);
        var groupWidth = groupOf.Values.Append(NoValue).Max(g => g.Length);
        writer.WriteLine();
        writer.WriteLine($"by {field} (95 % bootstrap intervals, {ShingleBootstrap.DefaultResamples} draws; the macro mean resamples each group's pages within it)");
        foreach (var evaluation in evaluations)
        {
            var groups = Groups(evaluation, groupOf);
            foreach (var (name, group) in groups)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{evaluation.Name.PadRight(width)}  {field}={name.PadRight(groupWidth)}  pages={group.Count,-5} {ShingleFigures(group)}  {WordFigures(group)}"));
            }

            var lists = groups.Select(g => g.Pages).ToList();
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{evaluation.Name.PadRight(width)}  macro over {groups.Count} {field} groups: shingle F1={lists.Average(ShingleF1):0.000} {CleaningReportWriter.Bounds(StratifiedBootstrap.Compute(lists, MacroShingleF1))}  mean word F1={lists.Average(MeanWordF1):0.000} {CleaningReportWriter.Bounds(StratifiedBootstrap.Compute(lists, MacroWordF1))}"));
            IReadOnlyList<IReadOnlyList<PageEvaluation>> all = [evaluation.Pages];
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{evaluation.Name.PadRight(width)}  micro over {evaluation.Pages.Count} pages: shingle F1={ShingleF1(evaluation.Pages):0.000} {CleaningReportWriter.Bounds(StratifiedBootstrap.Compute(all, MacroShingleF1))}  mean word F1={MeanWordF1(evaluation.Pages):0.000} {CleaningReportWriter.Bounds(StratifiedBootstrap.Compute(all, MacroWordF1))}  pooled word F1={WordMatch.Pool(evaluation.Pages.Select(p => p.Words)).F1:0.000}"));
        }

        WritePairedDifferences(writer, evaluations, groupOf, field);
    }

    // Another extractor scored on the same pages is compared page by page, so a difference smaller than either
    // side's own interval can still be told from noise.
    private static void WritePairedDifferences(TextWriter writer, IReadOnlyList<ExtractorEvaluation> evaluations, IReadOnlyDictionary<string, string> groupOf, string field)
    {
        var first = evaluations[0];
        foreach (var other in evaluations.Skip(1))
        {
            var differences = PairedWordDifferences.Of(first, other);
            var groups = PairedWordDifferences.Grouped(first.Pages, differences, groupOf);
            writer.WriteLine($"paired by page: {first.Name} minus {other.Name}, mean word F1 x100 (95 % bootstrap intervals, {PairedBootstrap.DefaultResamples} draws)");
            foreach (var (name, values) in groups)
            {
                writer.WriteLine($"  {field}={name}  pages={values.Count,-5} {PairedWordDifferences.Format(PairedWordDifferences.Mean(values))}");
            }

            writer.WriteLine($"  macro over {groups.Count} {field} groups {PairedWordDifferences.Format(PairedWordDifferences.Macro(groups))}  all pages {PairedWordDifferences.Format(PairedWordDifferences.Mean(differences))}");
        }
    }

    /// <summary>The evaluation's pages by group, groups in ordinal order of their value.</summary>
    public static List<(string Name, IReadOnlyList<PageEvaluation> Pages)> Groups(ExtractorEvaluation evaluation, IReadOnlyDictionary<string, string> groupOf)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(groupOf);
        return evaluation.Pages
            .GroupBy(p => groupOf.GetValueOrDefault(p.Page) ?? NoValue, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<PageEvaluation>)g.ToList()))
            .ToList();
    }

    public static double ShingleF1(IReadOnlyList<PageEvaluation> pages) => ShingleMatch.Summarize(pages.Select(p => p.Shingles)).F1;

    public static double MeanWordF1(IReadOnlyList<PageEvaluation> pages) => pages.Count == 0 ? 0 : pages.Average(p => p.Words.F1);

    private static double MacroShingleF1(IReadOnlyList<IReadOnlyList<PageEvaluation>> groups) => groups.Average(ShingleF1);

    private static double MacroWordF1(IReadOnlyList<IReadOnlyList<PageEvaluation>> groups) => groups.Average(MeanWordF1);

    private static string ShingleFigures(IReadOnlyList<PageEvaluation> group)
    {
        var (precision, recall, f1) = ShingleMatch.Summarize(group.Select(p => p.Shingles));
        var intervals = ShingleBootstrap.Compute(group.Select(p => p.Shingles).ToList());
        return string.Create(CultureInfo.InvariantCulture,
            $"shingles P={precision:0.000} {CleaningReportWriter.Bounds(intervals.Precision)} R={recall:0.000} {CleaningReportWriter.Bounds(intervals.Recall)} F1={f1:0.000} {CleaningReportWriter.Bounds(intervals.F1)}");
    }

    private static string WordFigures(IReadOnlyList<PageEvaluation> group)
    {
        var pooled = WordMatch.Pool(group.Select(p => p.Words));
        return string.Create(CultureInfo.InvariantCulture,
            $"words mean F1={MeanWordF1(group):0.000} {CleaningReportWriter.Bounds(StratifiedBootstrap.Compute([group], MacroWordF1))} pooled P={pooled.Precision:0.000} R={pooled.Recall:0.000} F1={pooled.F1:0.000}");
    }
}
