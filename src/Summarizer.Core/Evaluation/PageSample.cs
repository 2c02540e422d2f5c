using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// One dataset page as the fitting sees it: its labelled blocks (for the block classifier) and its two readings with
/// the expected text (for the page choice, see <see cref="ChoiceSample"/>).
/// </summary>
public sealed record PageSample(IReadOnlyList<BlockSample> Blocks, string ExpectedText)
{
    internal PageCandidates? Candidates { get; init; }

    /// <summary>
    /// The page's features for the page choice under <paramref name="classifier"/>, with the word F1 against the
    /// expected text of the article the rules chose and of the page read whole, each through the line rules that
    /// follow the choice; null where the page has no two readings to choose between.
    /// </summary>
    public PageChoiceSample? ChoiceSample(BlockClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        if (Candidates is not { } candidates || candidates.Article.Blocks.Count == 0)
        {
            return null;
        }

        var content = candidates.WholeContent(classifier);
        return new PageChoiceSample(
            PageChoiceFeatures.Compute(candidates, classifier, content),
            F1(candidates.Article.Blocks, candidates.Article.Linked),
            F1(content, candidates.Whole.Linked));
    }

    private double F1(List<ArticleBlock> blocks, ISet<ArticleBlock> linked) =>
        WordMatch.Compute(ExpectedText, string.Join("\n\n", HtmlArticleExtractor.Finish(blocks, linked).Blocks.Select(b => b.Text))).F1;
}
