using Microsoft.Extensions.Options;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Evaluation;

namespace Summarizer.Cli.Fitting;

/// <summary>
/// Fits the block classifier on the pages of a fold, then the page choice on the same pages as that classifier
/// scores them, and returns a cleaner that uses both. Each page's readings are collected once and kept, so the
/// folds share one pass over the pages.
/// </summary>
internal sealed class BlockClassifierFitter(Action<string>? progress) : ICleanerFitter
{
    private readonly Dictionary<string, PageSample> samples = new(StringComparer.Ordinal);

    public string Description => "the block classifier and the page choice (FastTree trees)";

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

        var fold = pages.Select(p => samples[p.Name]).ToList();
        var blocks = BlockClassifierTrainer.Train(fold.Select(p => p.Blocks).ToList(), source, progress);
        var choices = fold.Select(p => p.ChoiceSample(blocks)).OfType<PageChoiceSample>().ToList();
        var pageChoice = PageChoiceTrainer.Train(choices, progress);
        return new BlockClassifier(blocks.Model with { PageChoice = pageChoice });
    }
}
