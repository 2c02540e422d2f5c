using Summarizer.Core.Summarization;

namespace Summarizer.Core.Evaluation;

/// <summary>The Lead-N baseline of news summarization: the article's first N sentences (Lead-3 by default).</summary>
public static class SummaryLeadBaseline
{
    public static IReadOnlyList<string> Summarize(NumberedArticle article, int sentences = 3)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Sentences.Take(sentences).Select(s => s.Text).ToList();
    }
}
