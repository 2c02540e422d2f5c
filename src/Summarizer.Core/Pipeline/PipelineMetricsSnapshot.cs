namespace Summarizer.Core.Pipeline;

/// <summary>
/// The <see cref="PipelineMetrics"/> totals of one process since <paramref name="Since"/>: articles per outcome, reconcile
/// recoveries per source, stage and queue times, and what the last reconcile run found.
/// </summary>
public sealed record PipelineMetricsSnapshot(
    DateTimeOffset Since,
    IReadOnlyDictionary<string, long> Outcomes,
    IReadOnlyDictionary<string, long> Recovered,
    IReadOnlyDictionary<string, DurationTotals> Durations,
    long ReconcileRuns,
    DateTimeOffset? LastReconcileAt,
    double? OldestUnfinishedSeconds,
    long? PoisonQueueLength)
{
    /// <summary>The <see cref="Durations"/> key of the upload-to-summary time.</summary>
    public const string UploadToSummaryKey = "uploadToSummary";

    /// <summary>The <see cref="Durations"/> key of the summarize queue's wait.</summary>
    public const string QueueAgeKey = "queueAge";
}
