using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Writes an element's blocks and, where blocks are scored or observed, their features; with an observer, hands the
/// page's two readings (<see cref="PageCandidates"/>) on, to fit the block classifier and the page choice on.
/// </summary>
internal sealed class BlockScoring(BlockClassifier? classifier, Action<PageCandidates>? observer)
{
    /// <summary>Whether blocks are scored or observed at all: only then is the page also read whole.</summary>
    public bool IsActive => classifier is not null || observer is not null;

    public BlockClassifier? Classifier => classifier;

    public Written Write(IElement root, ISet<ArticleBlock> linked)
    {
        if (!IsActive)
        {
            return new Written(HtmlBlockWriter.Write(root, linked), []);
        }

        var origins = new Dictionary<ArticleBlock, BlockOrigin>(ReferenceEqualityComparer.Instance);
        var blocks = HtmlBlockWriter.Write(root, linked, origins);
        return new Written(blocks, BlockFeatures.Compute(blocks, origins, root));
    }

    public void Observe(PageCandidates candidates) => observer?.Invoke(candidates);

    /// <summary>All blocks written, with their features (none where blocks are neither scored nor observed).</summary>
    public sealed record Written(List<ArticleBlock> Blocks, float[][] Features)
    {
        public static Written Empty { get; } = new([], []);

        public int Length => Blocks.Sum(b => b.Text.Length);
    }
}
