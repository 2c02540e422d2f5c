namespace Summarizer.Core.Cleaning;

/// <summary>Walks boosted regression trees as FastTree stores them (see <see cref="BlockClassifierTree"/>).</summary>
public static class TreeEnsemble
{
    public static double Score(double bias, IReadOnlyList<BlockClassifierTree> trees, ReadOnlySpan<float> features)
    {
        var score = bias;
        foreach (var tree in trees)
        {
            if (tree.Feature.Length == 0)
            {
                score += tree.Weight * tree.Leaf[0];
                continue;
            }

            var node = 0;
            while (node >= 0)
            {
                node = features[tree.Feature[node]] <= tree.Threshold[node] ? tree.Left[node] : tree.Right[node];
            }

            score += tree.Weight * tree.Leaf[~node];
        }

        return score;
    }

    /// <summary>Whether every tree's arrays agree in length and split only on features below <paramref name="featureCount"/>.</summary>
    public static bool IsWellFormed(IReadOnlyList<BlockClassifierTree> trees, int featureCount) =>
        trees.All(tree => tree.Left.Length == tree.Feature.Length && tree.Right.Length == tree.Feature.Length && tree.Threshold.Length == tree.Feature.Length
            && tree.Feature.All(f => f >= 0 && f < featureCount) && tree.Leaf.Length == tree.Feature.Length + 1);
}
