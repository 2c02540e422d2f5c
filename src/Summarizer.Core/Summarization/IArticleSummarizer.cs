using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Summarization;

/// <summary>Makes a summary and key points of a cleaned article with the configured provider.</summary>
public interface IArticleSummarizer
{
    /// <summary>Summarizes <paramref name="article"/>; throws <see cref="SummarizationException"/> when it cannot.</summary>
    Task<ArticleSummary> SummarizeAsync(CleanedArticle article, CancellationToken cancellationToken = default);

    /// <summary>Summarizes <paramref name="article"/> at its own <paramref name="length"/> where it sets one.</summary>
    Task<ArticleSummary> SummarizeAsync(CleanedArticle article, SummaryLength? length, CancellationToken cancellationToken = default) =>
        SummarizeAsync(article, cancellationToken);
}
