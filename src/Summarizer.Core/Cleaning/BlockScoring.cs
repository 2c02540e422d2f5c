using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Writes an attempt's blocks and, with a classifier, scores them: the chosen article keeps all its blocks (dropping
/// the ones scored as boilerplate lost more content than boilerplate, leave one source out and on Readability's test
/// pages), while a page read whole keeps only the blocks scored as content. With an observer, hands the chosen
/// attempt's blocks and features on.
/// </summary>
internal sealed class BlockScoring(BlockClassifier? classifier, Action<IReadOnlyList<ArticleBlock>, float[][]>? observer)
{
    /// <summary>Whether blocks are scored or observed at all.</summary>
    public bool IsActive => classifier is not null || observer is not null;

    public Written Score(IElement article, ISet<ArticleBlock> linked, bool keepContentOnly = false)
    {
        if (classifier is null && observer is null)
        {
            return new Written(HtmlBlockWriter.Write(article, linked), [], [], 0);
        }

        var origins = new Dictionary<ArticleBlock, BlockOrigin>(ReferenceEqualityComparer.Instance);
        var blocks = HtmlBlockWriter.Write(article, linked, origins);
        var features = BlockFeatures.Compute(blocks, origins, article);
        if (classifier is null)
        {
            return new Written(blocks, blocks, features, 0);
        }

        var content = blocks.Where((_, i) => classifier.IsContent(features[i])).ToList();
        return new Written(keepContentOnly ? content : blocks, blocks, features, content.Sum(b => b.Text.Length));
    }

    public void Observe(Written written) => observer?.Invoke(written.All, written.Features);

    /// <summary>
    /// Whether the classifier agrees with the rules' choice: it scores at least half of the chosen article's text as
    /// content. Without a classifier (blocks only observed, to fit one) nothing is trusted, so the whole page is observed.
    /// </summary>
    public bool Trusts(Written written) => classifier is not null && written.All.Count > 0 && written.ContentLength * 2 >= written.All.Sum(b => b.Text.Length);

    /// <summary>The blocks kept, all blocks written with their features, and the length of those scored as content.</summary>
    public sealed record Written(List<ArticleBlock> Kept, List<ArticleBlock> All, float[][] Features, int ContentLength);
}
