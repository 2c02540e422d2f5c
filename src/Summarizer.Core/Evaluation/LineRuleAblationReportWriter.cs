using System.Globalization;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// Prints a line rule ablation: per rule, the pages it matched and changed, and the paired difference in mean word F1
/// (the cleaner with the rule minus without it, page by page, x100) over all pages and per group of a manifest field
/// with the macro difference over groups, each with its 95 % bootstrap interval, and a verdict from the intervals.
/// </summary>
public static class LineRuleAblationReportWriter
{
    /// <summary>Every group is at least level and the macro (or overall) difference is above zero outside the noise.</summary>
    public const string Earns = "earns its place";

    /// <summary>The macro (or overall) difference is below zero outside the noise: the text is better without the rule.</summary>
    public const string Harms = "harms";

    /// <summary>One group gains outside the noise and another loses outside it.</summary>
    public const string Mixed = "mixed";

    /// <summary>Every interval holds zero.</summary>
    public const string NoEffect = "no measurable effect";

    public static void Write(TextWriter writer, LineRuleAblationResult result, IReadOnlyList<DatasetPage> pages, string? field)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(pages);
        var groupOf = field is null ? null : pages.ToDictionary(p => p.Name, p => p.Field(field) ?? CleaningGroupReportWriter.NoValue, StringComparer.Ordinal);
        var width = result.Variants.Select(v => v.Rule.Length).DefaultIfEmpty(4).Max();
        writer.WriteLine();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"line rules, each switched off in turn on {result.Baseline.Pages.Count} pages: mean word F1 with the rule minus without it, x100, paired page by page (95 % bootstrap intervals, {PairedBootstrap.DefaultResamples} draws{(field is null ? string.Empty : $"; the macro over {field} resamples each group's pages within it")})"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Baseline.Name}: every rule on, mean word F1={CleaningGroupReportWriter.MeanWordF1(result.Baseline.Pages):0.000}"));
        foreach (var variant in result.Variants)
        {
            var differences = PairedWordDifferences.Of(result.Baseline, variant.Evaluation);
            var overall = PairedWordDifferences.Mean(differences);
            var groups = groupOf is null ? [] : PairedWordDifferences.Grouped(result.Baseline.Pages, differences, groupOf);
            var macro = groups.Count == 0 ? overall : PairedWordDifferences.Macro(groups);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{variant.Rule.PadRight(width)}  matched={variant.MatchedPages,-5} changed={variant.ChangedPages,-5} all {PairedWordDifferences.Format(overall)}{(groups.Count == 0 ? string.Empty : $"  macro over {groups.Count} {field} {PairedWordDifferences.Format(macro)}")}  {Verdict(macro, groups)}"));
            foreach (var (name, values) in groups)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{string.Empty.PadRight(width)}    {field}={name}  pages={values.Count,-5} {PairedWordDifferences.Format(PairedWordDifferences.Mean(values))}"));
            }
        }

        writer.WriteLine($"({Earns}: macro interval above 0 and no {field ?? "group"} below 0 outside the noise; {Harms}: macro interval below 0; {Mixed}: one {field ?? "group"} above and one below outside the noise; {NoEffect}: otherwise. Rule descriptions: eval clean --help.)");
    }

    /// <summary>The verdict that <paramref name="macro"/> and the groups' differences give (see the constants).</summary>
    public static string Verdict(ScoreDifference macro, IReadOnlyList<(string Name, IReadOnlyList<double> Differences)> groups)
    {
        ArgumentNullException.ThrowIfNull(macro);
        ArgumentNullException.ThrowIfNull(groups);
        var intervals = groups.Select(g => PairedWordDifferences.Mean(g.Differences).Interval).ToList();
        var anyBelow = intervals.Any(i => i.Upper < 0);
        var anyAbove = intervals.Any(i => i.Lower > 0);
        if (macro.Interval.Upper < 0)
        {
            return Harms;
        }

        if (anyAbove && anyBelow)
        {
            return Mixed;
        }

        return macro.Interval.Lower > 0 && !anyBelow ? Earns : NoEffect;
    }
}
