using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Evaluation;

/// <summary>Fits whatever the cleaner learns from data (block weights, thresholds) on some pages and returns the cleaner that uses it.</summary>
public interface ICleanerFitter
{
    /// <summary>What is fitted, for the report (e.g. "nothing: the rules are fixed").</summary>
    string Description { get; }

    IArticleCleaner Fit(IReadOnlyList<DatasetPage> pages, CancellationToken cancellationToken);
}
