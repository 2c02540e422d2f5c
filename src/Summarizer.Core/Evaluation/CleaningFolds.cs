using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// Leave-one-group-out evaluation: for every value of a manifest field (<c>source</c>), the cleaner is fitted on the
/// pages of all other values and scored on the pages of that one, so every page is scored by a cleaner that never
/// saw its group. The result is one evaluation of all pages, to be reported by the same field.
/// </summary>
public static class CleaningFolds
{
    public static ExtractorEvaluation Evaluate(string name, ICleanerFitter fitter, IReadOnlyList<DatasetPage> pages, string field, Action<string>? progress, CancellationToken cancellationToken, IDictionary<string, ExtractorPageOutput>? outputs = null)
    {
        ArgumentNullException.ThrowIfNull(fitter);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        var byName = new Dictionary<string, PageEvaluation>(StringComparer.Ordinal);
        foreach (var (value, held, training) in Split(pages, field))
        {
            progress?.Invoke($"fold {field}={value}: fitting on {training.Count} pages, scoring {held.Count}");
            var cleaner = fitter.Fit(training, cancellationToken);
            foreach (var page in CleaningEvaluator.EvaluateCleaner(name, cleaner, held, cancellationToken, outputs).Pages)
            {
                byName[page.Page] = page;
            }
        }

        return new ExtractorEvaluation(name, pages.Select(p => byName[p.Name]).ToList(), pages.Sum(p => p.SourceBytes));
    }

    /// <summary>Every value of <paramref name="field"/> with its pages and the pages of all other values, values in ordinal order.</summary>
    internal static IEnumerable<(string Value, List<DatasetPage> Held, List<DatasetPage> Training)> Split(IReadOnlyList<DatasetPage> pages, string field)
    {
        var groups = pages.GroupBy(p => p.Field(field) ?? CleaningGroupReportWriter.NoValue, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (groups.Count < 2)
        {
            throw new ArgumentException($"Leave-one-out by '{field}' needs pages of at least two {field} values; these pages have {groups.Count}.", nameof(field));
        }

        return groups.Select(group => (group.Key, group.ToList(), pages.Where(p => !string.Equals(p.Field(field) ?? CleaningGroupReportWriter.NoValue, group.Key, StringComparison.Ordinal)).ToList()));
    }
}
