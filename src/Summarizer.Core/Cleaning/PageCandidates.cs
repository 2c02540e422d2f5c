namespace Summarizer.Core.Cleaning;

/// <summary>
/// An HTML page's two readings between which the page choice decides: the article the rules chose (the first
/// attempt holding an article's worth of text, else the longest) and the page read whole, of which the block
/// classifier keeps the blocks it scores as content.
/// </summary>
internal sealed record PageCandidates(string? Title, PageCandidates.ArticleReading Article, PageCandidates.WholePageReading Whole)
{
    /// <summary>The whole page's blocks that <paramref name="classifier"/> scores as content, through the block filter.</summary>
    public List<ArticleBlock> WholeContent(BlockClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var kept = Whole.Written.Blocks.Where((_, i) => classifier.IsContent(Whole.Written.Features[i])).ToList();
        return ArticleBlockFilter.Apply(kept, Title);
    }

    /// <summary>
    /// The reading <paramref name="classifier"/>'s page choice takes: the page's content blocks where no article was
    /// found or where the choice prefers them, the chosen article otherwise.
    /// </summary>
    public (List<ArticleBlock> Blocks, ISet<ArticleBlock> Linked) Choose(BlockClassifier classifier)
    {
        var content = WholeContent(classifier);
        return Article.Blocks.Count == 0 || classifier.PrefersWholePage(PageChoiceFeatures.Compute(this, classifier, content))
            ? (content, Whole.Linked)
            : (Article.Blocks, Article.Linked);
    }

    /// <summary>The chosen article's blocks after the block filter, its linked blocks, all its written blocks, and the attempt that chose it.</summary>
    public sealed record ArticleReading(List<ArticleBlock> Blocks, ISet<ArticleBlock> Linked, BlockScoring.Written Written, int Attempt);

    /// <summary>The whole page's written blocks, furniture elements removed, and its linked blocks.</summary>
    public sealed record WholePageReading(BlockScoring.Written Written, ISet<ArticleBlock> Linked);
}
