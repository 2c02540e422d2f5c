using System.ComponentModel.DataAnnotations;

namespace Summarizer.Cli.Hosting;

/// <summary>
/// How <c>summarizer serve</c> polls for triggers (section <c>Serve</c>). The defaults mirror host.json, so the local
/// host retries and poisons messages as the Functions host does.
/// </summary>
public sealed class ServeOptions
{
    public const string SectionName = "Serve";

    /// <summary>
    /// Whether the scan of the <c>articles</c> container stands in for Event Grid's blob events. False leaves new blobs
    /// to the reconcile run alone, as in Azure when no event arrives.
    /// </summary>
    public bool BlobEvents { get; set; } = true;

    /// <summary>How often the <c>articles</c> container is listed for new or changed blobs.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan BlobPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between polls of an empty queue (host.json <c>maxPollingInterval</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a received message stays invisible; renewed at half-time while it is processed.</summary>
    [Range(typeof(TimeSpan), "00:00:02", "00:10:00")]
    public TimeSpan MessageLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a failed message waits before its next delivery (host.json <c>visibilityTimeout</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryVisibilityTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Messages received per poll (host.json <c>batchSize</c>).</summary>
    [Range(1, 32)]
    public int QueueBatchSize { get; set; } = 16;

    /// <summary>A new batch is received once no more than this many messages are still being processed (host.json <c>newBatchThreshold</c>).</summary>
    [Range(0, 64)]
    public int NewBatchThreshold { get; set; } = 8;

    /// <summary>Blobs cleaned at the same time.</summary>
    [Range(1, 64)]
    public int CleanConcurrency { get; set; } = 4;

    /// <summary>How often articles stalled in status <c>cleaned</c> are looked for (see <c>Pipeline:RequeueStalledAfter</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts at one blob version before it is given up on (the Functions host's blob trigger also tries 5 times).</summary>
    [Range(1, 100)]
    public int MaxBlobAttempts { get; set; } = 5;
}
