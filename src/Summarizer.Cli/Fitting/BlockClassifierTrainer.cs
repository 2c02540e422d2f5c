using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Evaluation;

namespace Summarizer.Cli.Fitting;

/// <summary>
/// Fits the cleaner's block classifier with ML.NET's FastTree (boosted regression trees, logistic loss) on blocks
/// labelled against the expected text, weighted by their length, then picks the score threshold that gives the
/// training pages the best mean F1, and copies the trees into the file format the product reads.
/// </summary>
internal static class BlockClassifierTrainer
{
    private const int Trees = 100;
    private const int Leaves = 16;

    public static BlockClassifier Train(IReadOnlyList<IReadOnlyList<BlockSample>> pages, string source, Action<string>? progress)
    {
        var samples = pages.SelectMany(p => p).Where(s => s.Words > 0).ToList();
        if (samples.Count == 0 || samples.All(s => s.IsContent) || samples.All(s => !s.IsContent))
        {
            throw new InvalidOperationException($"The block classifier needs both content and boilerplate blocks to fit on; the {pages.Count} pages have {samples.Count} blocks, {samples.Count(s => s.IsContent)} of them content.");
        }

        var ml = new MLContext(seed: 20240611);
        var data = ml.Data.LoadFromEnumerable(samples.Select(s => new Row { Features = s.Features, Label = s.IsContent, Weight = MathF.Log(1 + s.Words) }));
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = Trees,
            NumberOfLeaves = Leaves,
            MinimumExampleCountPerLeaf = 20,
            LearningRate = 0.2,
            ExampleWeightColumnName = nameof(Row.Weight),
            Seed = 20240611,
        });
        var fitted = trainer.Fit(data);
        var ensemble = fitted.Model.SubModel.TrainedTreeEnsemble;
        var trees = ensemble.Trees.Select((tree, i) => new BlockClassifierTree(
            ensemble.TreeWeights[i],
            tree.NumericalSplitFeatureIndexes.ToArray(),
            tree.NumericalSplitThresholds.ToArray(),
            tree.LeftChild.ToArray(),
            tree.RightChild.ToArray(),
            tree.LeafValues.ToArray())).ToList();
        var unthresholded = new BlockClassifier(new BlockClassifierModel(BlockClassifier.FeatureVersion, BlockClassifier.FeatureCount, ensemble.Bias, 0, source, trees));
        CheckAgainstMlNet(ml, fitted.Transform(ml.Data.TakeRows(data, 2000)), samples, unthresholded);
        var threshold = BestThreshold(pages, unthresholded);
        progress?.Invoke($"fitted {trees.Count} trees on {samples.Count} blocks of {pages.Count} pages ({samples.Count(s => s.IsContent)} content); threshold {threshold:0.000}");
        return new BlockClassifier(unthresholded.Model with { Threshold = threshold });
    }

    // The product walks the trees itself; its scores must be ML.NET's.
    private static void CheckAgainstMlNet(MLContext ml, IDataView scoredRows, List<BlockSample> samples, BlockClassifier classifier)
    {
        var scored = ml.Data.CreateEnumerable<Scored>(scoredRows, reuseRowObject: false).ToList();
        for (var i = 0; i < scored.Count; i++)
        {
            var ours = classifier.Score(samples[i].Features);
            if (Math.Abs(ours - scored[i].Score) > 1e-3 * Math.Max(1, Math.Abs(ours)))
            {
                throw new InvalidOperationException($"The copied trees score block {i} {ours}, ML.NET {scored[i].Score}.");
            }
        }
    }

    // The threshold whose kept blocks give the pages the best mean F1 of matched words (recall counted against the
    // matched words the rules' blocks hold); a page where nothing is kept keeps all, as the cleaner does.
    private static double BestThreshold(IReadOnlyList<IReadOnlyList<BlockSample>> pages, BlockClassifier classifier)
    {
        var scoredPages = pages.Where(p => p.Count > 0).Select(p => p.Select(s => (Score: classifier.Score(s.Features), s.Words, s.MatchedWords)).ToArray()).ToList();
        var candidates = scoredPages.SelectMany(p => p.Select(s => s.Score)).Order().ToArray();
        var best = (Threshold: double.NegativeInfinity, F1: MeanF1(scoredPages, double.NegativeInfinity));
        for (var q = 1; q < 60; q++)
        {
            var threshold = candidates[(int)((long)q * (candidates.Length - 1) / 60)];
            var f1 = MeanF1(scoredPages, threshold);
            if (f1 > best.F1)
            {
                best = (threshold, f1);
            }
        }

        return double.IsNegativeInfinity(best.Threshold) ? -1e9 : best.Threshold;
    }

    private static double MeanF1(List<(double Score, int Words, int MatchedWords)[]> pages, double threshold) => pages.Average(page =>
    {
        var kept = page.Where(s => s.Score >= threshold).ToArray();
        if (kept.Length == 0)
        {
            kept = page;
        }

        double matched = kept.Sum(s => s.MatchedWords), words = kept.Sum(s => s.Words), all = page.Sum(s => s.MatchedWords);
        return words + all == 0 ? 0 : 2 * matched / (words + all);
    });

    private sealed class Row
    {
        [VectorType(BlockClassifier.FeatureCount)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }

        public float Weight { get; set; }
    }

    private sealed class Scored
    {
        public float Score { get; set; }
    }
}
