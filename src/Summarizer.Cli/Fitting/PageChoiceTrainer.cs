using Microsoft.ML.Trainers.FastTree;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Evaluation;

namespace Summarizer.Cli.Fitting;

/// <summary>
/// Fits the page choice with ML.NET's FastTree on the pages whose two readings score differently against the
/// expected text: the label is whether the page read whole scores the higher word F1, the weight how much higher
/// one scores than the other, so the pages where the choice matters most count most and ties not at all.
/// </summary>
internal static class PageChoiceTrainer
{
    // Readings whose word F1 differs by less than this are a tie: neither choice is taught.
    private const double Tie = 0.001;

    public static PageChoiceModel Train(IReadOnlyList<PageChoiceSample> pages, Action<string>? progress)
    {
        var decisive = pages.Where(p => Math.Abs(p.WholeF1 - p.ArticleF1) >= Tie).ToList();
        var whole = decisive.Count(p => p.WholeF1 > p.ArticleF1);
        if (whole == 0 || whole == decisive.Count)
        {
            throw new InvalidOperationException($"The page choice needs pages where each reading scores higher; of {pages.Count} pages, {decisive.Count} differ, {whole} of them in favour of the page read whole.");
        }

        var (bias, trees) = FastTreeFitting.Fit(
            decisive.Select(p => (p.Features, p.WholeF1 > p.ArticleF1, (float)Math.Abs(p.WholeF1 - p.ArticleF1))).ToList(),
            BlockClassifier.PageFeatureCount,
            new FastTreeBinaryTrainer.Options { NumberOfTrees = 50, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 10, LearningRate = 0.1 });
        progress?.Invoke($"fitted the page choice's {trees.Count} trees on {decisive.Count} of {pages.Count} pages ({whole} better read whole)");
        return new PageChoiceModel(BlockClassifier.PageFeatureVersion, BlockClassifier.PageFeatureCount, bias, trees);
    }
}
