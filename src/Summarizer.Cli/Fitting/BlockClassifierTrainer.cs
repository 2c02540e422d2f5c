using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Evaluation;

namespace Summarizer.Cli.Fitting;

/// <summary>
/// Fits the cleaner's block classifier with ML.NET's FastTree (boosted regression trees, logistic loss) on blocks
/// labelled against the expected text, weighted by their length, and copies the trees into the file format the
/// product reads. A block is content at a score of 0 or more, an even chance under the logistic loss: a threshold
/// picked on the training pages' own scores fitted those pages rather than new ones.
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
        var classifier = new BlockClassifier(new BlockClassifierModel(BlockClassifier.FeatureVersion, BlockClassifier.FeatureCount, ensemble.Bias, 0, source, trees));
        CheckAgainstMlNet(ml, fitted.Transform(ml.Data.TakeRows(data, 2000)), samples, classifier);
        progress?.Invoke($"fitted {trees.Count} trees on {samples.Count} blocks of {pages.Count} pages ({samples.Count(s => s.IsContent)} content)");
        return classifier;
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
