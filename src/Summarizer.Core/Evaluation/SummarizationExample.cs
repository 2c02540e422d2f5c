using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Evaluation;

/// <summary>One line of an evaluation data set: an article and its human reference summary (one highlight per line).</summary>
public sealed record SummarizationExample(string Id, string Article, string Reference)
{
    /// <summary>The reference's sentences: its non-empty lines.</summary>
    public IReadOnlyList<string> ReferenceSentences =>
        Reference.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The article as the cleaner would hand it over: one paragraph per non-empty line.</summary>
    public CleanedArticle ToCleanedArticle()
    {
        var blocks = Article.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => new ArticleBlock(BlockKind.Paragraph, line))
            .ToList();
        return new CleanedArticle(string.Empty, null, null, null, null, null, "text", blocks);
    }
}
