namespace Summarizer.Core.Pipeline;

/// <summary>What one reconcile run did.</summary>
/// <param name="BlobsExamined">Article blobs listed and compared with their index rows.</param>
/// <param name="PassEnded">Whether this run reached the end of the container, so the next one starts from the beginning.</param>
/// <param name="Recovered">Articles sent through the clean stage that had not been, per source (blobs, pending, deadletter).</param>
/// <param name="DeadLettersRemoved">Dead-letter files whose events were all handled, and that were removed.</param>
/// <param name="DeadLettersUnreadable">Dead-letter files that were not a list of events; they are kept.</param>
/// <param name="Failures">Articles whose clean failed for a reason of their own; the next run tries them again.</param>
/// <param name="OldestUnfinished">How long the oldest article still pending or cleaned has waited; null when none is.</param>
/// <param name="PoisonQueueLength">Messages in the summarize poison queue.</param>
public sealed record ReconcileReport(
    int BlobsExamined,
    bool PassEnded,
    IReadOnlyDictionary<string, int> Recovered,
    int DeadLettersRemoved,
    int DeadLettersUnreadable,
    int Failures,
    TimeSpan? OldestUnfinished,
    long PoisonQueueLength)
{
    /// <summary>Articles recovered from every source.</summary>
    public int TotalRecovered => Recovered.Values.Sum();

    /// <summary>Articles recovered from <paramref name="source"/>.</summary>
    public int RecoveredFrom(string source) => Recovered.GetValueOrDefault(source);
}
