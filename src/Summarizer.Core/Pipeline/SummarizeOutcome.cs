namespace Summarizer.Core.Pipeline;

/// <summary>What the summarize stage did with one queue message.</summary>
public enum SummarizeOutcome
{
    /// <summary>The summary was stored and the index row marked summarized.</summary>
    Summarized,

    /// <summary>The article was marked failed with the reason; the message is done with.</summary>
    Failed,

    /// <summary>The message was a duplicate, stale (a newer version exists), superseded or unreadable, and was dropped.</summary>
    Dropped,

    /// <summary>
    /// The model failed transiently: a new message, delivered after a delay, was queued for the article, and this
    /// one is done with (it does not count towards the queue's dequeue limit).
    /// </summary>
    RetryLater,

    /// <summary>The model refused or failed for good; the offline summarizer's summary was stored, with the reason.</summary>
    SummarizedOffline,
}
