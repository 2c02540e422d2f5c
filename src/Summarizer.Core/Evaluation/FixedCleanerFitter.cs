using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Evaluation;

/// <summary>A cleaner that learns nothing from data: every fold gets the same cleaner.</summary>
public sealed class FixedCleanerFitter(IArticleCleaner cleaner) : ICleanerFitter
{
    public string Description => "nothing (the cleaner's rules and weights are fixed)";

    public IArticleCleaner Fit(IReadOnlyList<DatasetPage> pages, CancellationToken cancellationToken) => cleaner;
}
