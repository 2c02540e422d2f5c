namespace Summarizer.Core.Pipeline;

/// <summary>What the summarize stage did with one queue message.</summary>
public enum SummarizeOutcome
{
    /// <summary>The summary was stored and the index row marked summarized.</summary>
    Summarized,

    /// <summary>The article was marked failed with the reason; the message is done with.</summary>
    Failed,

    /// <summary>The message was a duplicate, stale (a newer version exists) or unreadable, and was dropped.</summary>
    Dropped,
}
