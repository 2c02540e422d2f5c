using System.ComponentModel.DataAnnotations;

namespace Summarizer.Core.Pipeline;

/// <summary>Limits and retry settings of the pipeline (section <c>Pipeline</c>).</summary>
public sealed class PipelineOptions
{
    public const string SectionName = "Pipeline";

    /// <summary>Uploads larger than this are rejected without being read (default 10 MiB).</summary>
    [Range(1, 1L << 32)]
    public long MaxArticleBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Deliveries of a summarize message before it goes to the poison queue; equal to host.json's <c>maxDequeueCount</c>.</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>
    /// An article still <c>cleaned</c> this long after its last change is queued again, in case its message was lost
    /// to a crash or an outage between the index write and the send. Longer than a busy queue's backlog takes to drain.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RequeueStalledAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// While the summarize queue holds no message at all (none waiting, none being processed), an article still
    /// <c>cleaned</c> this long after its last change has certainly lost its message and is queued again at once,
    /// without waiting for <see cref="RequeueStalledAfter"/>. Longer than the gap between an index write and its send.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RequeueLostAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Articles created more than this many days ago are deleted everywhere, as <c>DELETE /api/articles/{id}</c> does,
    /// by a timer; unset (the default), articles are kept until someone deletes them.
    /// </summary>
    [Range(1, 36_500)]
    public int? RetainDays { get; set; }

    /// <summary>
    /// An article still <c>pending</c> this long after its upload, or a blob this old that the index has no receipt
    /// for, has lost its blob event: the reconcile run sends it through the clean stage. Younger ones are left to the
    /// event that is on its way.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan PendingTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often <c>summarizer serve</c> runs the reconcile; the Functions app's timer has its own schedule setting, <c>ReconcileSchedule</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ReconcileEvery { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The most article blobs one reconcile run lists (and the most pending articles and dead-lettered event blobs it
    /// takes); the next run goes on from where this one stopped.
    /// </summary>
    [Range(1, 5000)]
    public int ReconcileBatch { get; set; } = 500;
}
