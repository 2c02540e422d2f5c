using Microsoft.ML.Trainers.FastTree;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Evaluation;

namespace Summarizer.Cli.Fitting;

/// <summary>
/// Fits the cleaner's block classifier with ML.NET's FastTree (boosted regression trees, logistic loss) on blocks
/// labelled against the expected text, weighted by their length. A block is content at a score of 0 or more, an
/// even chance under the logistic loss: a threshold picked on the training pages' own scores fitted those pages
/// rather than new ones.
/// </summary>
internal static class BlockClassifierTrainer
{
    public static BlockClassifier Train(IReadOnlyList<IReadOnlyList<BlockSample>> pages, string source, Action<string>? progress)
    {
        var samples = pages.SelectMany(p => p).Where(s => s.Words > 0).ToList();
        if (samples.Count == 0 || samples.All(s => s.IsContent) || samples.All(s => !s.IsContent))
        {
            throw new InvalidOperationException($"The block classifier needs both content and boilerplate blocks to fit on; the {pages.Count} pages have {samples.Count} blocks, {samples.Count(s => s.IsContent)} of them content.");
        }

        var (bias, trees) = FastTreeFitting.Fit(
            samples.Select(s => (s.Features, s.IsContent, MathF.Log(1 + s.Words))).ToList(),
            BlockClassifier.FeatureCount,
            new FastTreeBinaryTrainer.Options { NumberOfTrees = 100, NumberOfLeaves = 16, MinimumExampleCountPerLeaf = 20, LearningRate = 0.2 });
        progress?.Invoke($"fitted {trees.Count} trees on {samples.Count} blocks of {pages.Count} pages ({samples.Count(s => s.IsContent)} content)");
        return new BlockClassifier(new BlockClassifierModel(BlockClassifier.FeatureVersion, BlockClassifier.FeatureCount, bias, 0, source, trees));
    }
}
