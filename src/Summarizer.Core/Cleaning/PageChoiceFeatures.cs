namespace Summarizer.Core.Cleaning;

/// <summary>
/// The features of a page that the page choice decides on: the length of each reading and their ratio, the block
/// classifier's content share and mean scores over each, their block counts and link shares, the attempt that chose
/// the article, the article's share of the page's text, how much of the page's content the article already holds,
/// and whether each reading, as written, holds the title as a heading.
/// </summary>
internal static class PageChoiceFeatures
{
    /// <summary>How many features a page has.</summary>
    public const int Count = 17;

    /// <summary>Raised whenever the features change, so a page choice fitted on others is refused.</summary>
    public const int Version = 1;

    public static float[] Compute(PageCandidates candidates, BlockClassifier classifier, List<ArticleBlock> content)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(content);
        var article = candidates.Article;
        var whole = candidates.Whole.Written;
        var articleScores = Scores(article.Written, classifier);
        var wholeScores = Scores(whole, classifier);
        var articleLength = Length(article.Blocks);
        var contentLength = Length(content);
        var articleTexts = article.Blocks.Select(b => b.Text).ToHashSet(StringComparer.Ordinal);
        return
        [
            Log(articleLength),
            Log(contentLength),
            Log(contentLength) - Log(articleLength),
            ContentShare(article.Written, articleScores, classifier),
            Mean(articleScores),
            WeightedMean(article.Written, articleScores),
            ContentShare(whole, wholeScores, classifier),
            WeightedMean(whole, wholeScores),
            Log(article.Blocks.Count),
            Log(content.Count),
            Share(article.Blocks.Where(article.Linked.Contains), articleLength),
            Share(content.Where(candidates.Whole.Linked.Contains), contentLength),
            article.Attempt,
            Ratio(article.Written.Length, whole.Length),
            Share(content.Where(b => articleTexts.Contains(b.Text)), contentLength),
            HoldsTitle(article.Written.Blocks, candidates.Title),
            HoldsTitle(whole.Blocks, candidates.Title),
        ];
    }

    private static double[] Scores(BlockScoring.Written written, BlockClassifier classifier) =>
        written.Features.Select(f => classifier.Score(f)).ToArray();

    private static float ContentShare(BlockScoring.Written written, double[] scores, BlockClassifier classifier) =>
        Ratio(written.Blocks.Where((_, i) => scores[i] >= classifier.Model.Threshold).Sum(b => b.Text.Length), written.Length);

    private static float Mean(double[] scores) => scores.Length == 0 ? 0 : (float)scores.Average();

    private static float WeightedMean(BlockScoring.Written written, double[] scores)
    {
        var length = written.Length;
        return length == 0 ? 0 : (float)(written.Blocks.Select((b, i) => b.Text.Length * scores[i]).Sum() / length);
    }

    private static float Share(IEnumerable<ArticleBlock> part, int length) => Ratio(Length(part), length);

    private static float Ratio(int part, int whole) => whole == 0 ? 0 : (float)part / whole;

    private static int Length(IEnumerable<ArticleBlock> blocks) => blocks.Sum(b => b.Text.Length);

    private static float Log(int value) => MathF.Log(1 + value);

    private static float HoldsTitle(List<ArticleBlock> blocks, string? title) =>
        !string.IsNullOrWhiteSpace(title) && blocks.Any(b => b.Kind == BlockKind.Heading && b.Text.Length >= 8 && title.Contains(b.Text.Trim(), StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
}
