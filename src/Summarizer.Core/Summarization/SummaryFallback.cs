namespace Summarizer.Core.Summarization;

/// <summary>What the summarize stage does with an article the chat model refuses or cannot summarize in time.</summary>
public enum SummaryFallback
{
    /// <summary>The article is marked failed with the reason.</summary>
    None,

    /// <summary>The article is summarized by the offline summarizer, and the summary records why.</summary>
    Offline,
}
