using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Summarizer.Core.Cleaning;

namespace Summarizer.Cli.Fitting;

/// <summary>
/// Fits boosted regression trees with ML.NET's FastTree (logistic loss) on weighted, labelled feature rows, and
/// copies them into the file format the product walks, checking that the copies score rows as ML.NET does.
/// </summary>
internal static class FastTreeFitting
{
    private const int Seed = 20240611;

    public static (double Bias, List<BlockClassifierTree> Trees) Fit(IReadOnlyList<(float[] Features, bool Label, float Weight)> rows, int featureCount, FastTreeBinaryTrainer.Options options)
    {
        var ml = new MLContext(seed: Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new Row { Features = r.Features, Label = r.Label, Weight = r.Weight }), schema);
        options.ExampleWeightColumnName = nameof(Row.Weight);
        options.Seed = Seed;
        var fitted = ml.BinaryClassification.Trainers.FastTree(options).Fit(data);
        var ensemble = fitted.Model.SubModel.TrainedTreeEnsemble;
        var trees = ensemble.Trees.Select((tree, i) => new BlockClassifierTree(
            ensemble.TreeWeights[i],
            tree.NumericalSplitFeatureIndexes.ToArray(),
            tree.NumericalSplitThresholds.ToArray(),
            tree.LeftChild.ToArray(),
            tree.RightChild.ToArray(),
            tree.LeafValues.ToArray())).ToList();
        CheckAgainstMlNet(ml, fitted.Transform(ml.Data.TakeRows(data, 2000)), rows, ensemble.Bias, trees);
        return (ensemble.Bias, trees);
    }

    // The product walks the trees itself; its scores must be ML.NET's.
    private static void CheckAgainstMlNet(MLContext ml, IDataView scoredRows, IReadOnlyList<(float[] Features, bool Label, float Weight)> rows, double bias, List<BlockClassifierTree> trees)
    {
        var scored = ml.Data.CreateEnumerable<Scored>(scoredRows, reuseRowObject: false).ToList();
        for (var i = 0; i < scored.Count; i++)
        {
            var ours = TreeEnsemble.Score(bias, trees, rows[i].Features);
            if (Math.Abs(ours - scored[i].Score) > 1e-3 * Math.Max(1, Math.Abs(ours)))
            {
                throw new InvalidOperationException($"The copied trees score row {i} {ours}, ML.NET {scored[i].Score}.");
            }
        }
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }

        public float Weight { get; set; }
    }

    private sealed class Scored
    {
        public float Score { get; set; }
    }
}
