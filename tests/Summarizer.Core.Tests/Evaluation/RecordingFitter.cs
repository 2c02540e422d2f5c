using Summarizer.Core.Cleaning;
using Summarizer.Core.Evaluation;

namespace Summarizer.Core.Tests.Evaluation;

/// <summary>A fitter that fits nothing: it records the pages of every fit and returns the cleaner it was given.</summary>
internal sealed class RecordingFitter(IArticleCleaner cleaner) : ICleanerFitter
{
    public List<List<string>> Fits { get; } = [];

    public string Description => "the names of the pages it was given";

    public IArticleCleaner Fit(IReadOnlyList<DatasetPage> pages, CancellationToken cancellationToken)
    {
        Fits.Add(pages.Select(p => p.Name).ToList());
        return cleaner;
    }
}
