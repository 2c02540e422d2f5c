using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Writes an attempt's blocks and, with a classifier, keeps those it scores as content (for a chosen article, all
/// of them when it keeps none, so the classifier alone never empties a page); with an observer, hands the chosen
/// attempt's blocks and features on.
/// </summary>
internal sealed class BlockScoring(BlockClassifier? classifier, Action<IReadOnlyList<ArticleBlock>, float[][]>? observer)
{
    /// <summary>Whether blocks are scored or observed at all.</summary>
    public bool IsActive => classifier is not null || observer is not null;

    public Written Score(IElement article, ISet<ArticleBlock> linked, bool keepAllWhenNoneKept = true)
    {
        if (classifier is null && observer is null)
        {
            return new Written(HtmlBlockWriter.Write(article, linked), [], []);
        }

        var origins = new Dictionary<ArticleBlock, BlockOrigin>(ReferenceEqualityComparer.Instance);
        var blocks = HtmlBlockWriter.Write(article, linked, origins);
        var features = BlockFeatures.Compute(blocks, origins, article);
        if (classifier is null)
        {
            return new Written(blocks, blocks, features);
        }

        var kept = blocks.Where((_, i) => classifier.IsContent(features[i])).ToList();
        return new Written(kept.Count == 0 && keepAllWhenNoneKept ? blocks : kept, blocks, features);
    }

    public void Observe(Written written) => observer?.Invoke(written.All, written.Features);

    /// <summary>The blocks kept, and all blocks written with their features.</summary>
    public sealed record Written(List<ArticleBlock> Kept, List<ArticleBlock> All, float[][] Features);
}
