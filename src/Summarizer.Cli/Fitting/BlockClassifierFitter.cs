using Microsoft.Extensions.Options;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Evaluation;

namespace Summarizer.Cli.Fitting;

/// <summary>
/// Fits the block classifier on the pages of a fold and returns a cleaner that uses it. Each page's blocks are
/// collected once and kept, so the folds share one pass over the pages.
/// </summary>
internal sealed class BlockClassifierFitter(Action<string>? progress) : ICleanerFitter
{
    private readonly Dictionary<string, IReadOnlyList<BlockSample>> samples = new(StringComparer.Ordinal);

    public string Description => "the block classifier (FastTree trees)";

    public IArticleCleaner Fit(IReadOnlyList<DatasetPage> pages, CancellationToken cancellationToken) =>
        new ArticleCleaner(Options.Create(new CleaningOptions()), FitClassifier(pages, string.Empty, cancellationToken));

    public BlockClassifier FitClassifier(IReadOnlyList<DatasetPage> pages, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var missing = pages.Where(p => !samples.ContainsKey(p.Name)).ToList();
        if (missing.Count > 0)
        {
            progress?.Invoke($"collecting the blocks of {missing.Count} pages");
        }

        foreach (var page in missing)
        {
            samples[page.Name] = BlockSamples.Collect(page, cancellationToken);
        }

        return BlockClassifierTrainer.Train(pages.Select(p => samples[p.Name]).ToList(), source, progress);
    }
}
