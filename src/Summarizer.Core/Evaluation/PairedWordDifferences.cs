using System.Globalization;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// Page-by-page differences in the multi-type benchmark's word F1 between two evaluations of the same pages, their
/// mean over all pages or per group and the macro mean over groups, each with a 95 % paired bootstrap interval.
/// </summary>
internal static class PairedWordDifferences
{
    /// <summary>First minus second, page by page; both must hold the same pages in the same order.</summary>
    public static double[] Of(ExtractorEvaluation first, ExtractorEvaluation second)
    {
        if (first.Pages.Count != second.Pages.Count || first.Pages.Zip(second.Pages).Any(p => !string.Equals(p.First.Page, p.Second.Page, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"{first.Name} and {second.Name} were not scored on the same pages in the same order; a paired comparison needs them.", nameof(second));
        }

        return [.. first.Pages.Zip(second.Pages, (a, b) => a.Words.F1 - b.Words.F1)];
    }

    public static List<(string Name, IReadOnlyList<double> Differences)> Grouped(IReadOnlyList<PageEvaluation> pages, double[] differences, IReadOnlyDictionary<string, string> groupOf) =>
        [.. pages.Select((page, i) => (Group: groupOf.GetValueOrDefault(page.Page) ?? CleaningGroupReportWriter.NoValue, Difference: differences[i]))
            .GroupBy(p => p.Group, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<double>)[.. g.Select(p => p.Difference)]))];

    public static ScoreDifference Mean(IReadOnlyList<double> differences) =>
        new(differences.Count == 0 ? 0 : differences.Average(), StratifiedBootstrap.Compute([differences], MeanOfMeans, PairedBootstrap.DefaultResamples));

    public static ScoreDifference Macro(IReadOnlyList<(string Name, IReadOnlyList<double> Differences)> groups)
    {
        var lists = groups.Select(g => g.Differences).ToList();
        return new ScoreDifference(MeanOfMeans(lists), StratifiedBootstrap.Compute(lists, MeanOfMeans, PairedBootstrap.DefaultResamples));
    }

    /// <summary>The difference x100 with its interval, three decimals, signed.</summary>
    public static string Format(ScoreDifference difference) =>
        string.Create(CultureInfo.InvariantCulture, $"{difference.Mean * 100:+0.000;-0.000;0.000} [{difference.Interval.Lower * 100:+0.000;-0.000;0.000}, {difference.Interval.Upper * 100:+0.000;-0.000;0.000}]");

    private static double MeanOfMeans(IReadOnlyList<IReadOnlyList<double>> groups) => groups.Average(g => g.Average());
}
