namespace Summarizer.Core.Storage;

/// <summary>
/// The message on the <c>summarize</c> queue: which article version to summarize, and, for a message the summarize
/// stage queued again after transient model failures, how many there were and when the first one happened.
/// </summary>
public sealed record SummarizeRequest(string Id, int Version, string ContentHash)
{
    /// <summary>Transient model failures of this version before this message was sent; 0 for the first message.</summary>
    public int Attempt { get; init; }

    /// <summary>When this version's first transient model failure happened; the retry window counts from it.</summary>
    public DateTimeOffset? FirstTransientFailureAt { get; init; }
}
