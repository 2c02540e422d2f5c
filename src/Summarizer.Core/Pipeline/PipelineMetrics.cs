using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Summarizer.Core.Pipeline;

/// <summary>
/// The pipeline's own measurements on the <c>Summarizer.Pipeline</c> meter (exported by the host's OpenTelemetry
/// setup), and the same figures kept as totals since this process started, for <c>GET /api/stats</c> and the log.
/// </summary>
public sealed class PipelineMetrics : IDisposable
{
    public const string MeterName = "Summarizer.Pipeline";

    /// <summary>Articles that reached an outcome, tagged <c>outcome</c> (cleaned, rejected, summarized, failed).</summary>
    public const string ArticlesInstrument = "summarizer.pipeline.articles";

    /// <summary>Time one stage took for one article, in seconds, tagged <c>stage</c> (clean, summarize).</summary>
    public const string StageDurationInstrument = "summarizer.pipeline.stage.duration";

    /// <summary>From the upload (the blob's last change) to the stored summary, in seconds.</summary>
    public const string UploadToSummaryInstrument = "summarizer.pipeline.upload_to_summary.duration";

    /// <summary>How long a summarize message waited in the queue before this delivery, in seconds.</summary>
    public const string QueueAgeInstrument = "summarizer.pipeline.queue.age";

    /// <summary>Articles a reconcile run sent through the clean stage that had not been, tagged <c>source</c> (blobs, pending, deadletter).</summary>
    public const string RecoveredInstrument = "summarizer.pipeline.reconcile.recovered";

    /// <summary>Age in seconds of the oldest article still pending or cleaned, as the last reconcile run found it.</summary>
    public const string OldestUnfinishedInstrument = "summarizer.pipeline.oldest_unfinished.age";

    /// <summary>Messages in the summarize poison queue, as the last reconcile run found them.</summary>
    public const string PoisonQueueInstrument = "summarizer.pipeline.poison_queue.length";

    /// <summary>The <c>stage</c> tag of the clean stage.</summary>
    public const string CleanStage = "clean";

    /// <summary>The <c>stage</c> tag of the summarize stage.</summary>
    public const string SummarizeStage = "summarize";

    private readonly Meter _meter;
    private readonly Counter<long> _articles;
    private readonly Histogram<double> _stageDuration;
    private readonly Histogram<double> _uploadToSummary;
    private readonly Histogram<double> _queueAge;
    private readonly Counter<long> _recovered;
    private readonly ConcurrentDictionary<string, long> _outcomes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _recoveries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DurationTotals> _durations = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly DateTimeOffset _since;
    private long _reconcileRuns;
    private ReconcileGauges? _gauges;

    public PipelineMetrics(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _since = time.GetUtcNow();
        _meter = new Meter(MeterName);
        _articles = _meter.CreateCounter<long>(ArticlesInstrument, "{article}", "Articles that reached an outcome.");
        _stageDuration = _meter.CreateHistogram<double>(StageDurationInstrument, "s", "Time a stage took for one article.");
        _uploadToSummary = _meter.CreateHistogram<double>(UploadToSummaryInstrument, "s", "Time from upload to stored summary.");
        _queueAge = _meter.CreateHistogram<double>(QueueAgeInstrument, "s", "Time a summarize message waited before this delivery.");
        _recovered = _meter.CreateCounter<long>(RecoveredInstrument, "{article}", "Articles a reconcile run recovered.");
        _meter.CreateObservableGauge(OldestUnfinishedInstrument, ObserveOldestUnfinished, "s", "Age of the oldest article still pending or cleaned.");
        _meter.CreateObservableGauge(PoisonQueueInstrument, ObservePoisonQueue, "{message}", "Messages in the summarize poison queue.");
    }

    /// <summary>The meter itself, for listeners in the same process.</summary>
    public Meter Meter => _meter;

    /// <summary>Counts an article that reached <paramref name="outcome"/>.</summary>
    public void ArticleOutcome(string outcome)
    {
        _articles.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        _outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
    }

    /// <summary>Records how long <paramref name="stage"/> took for one article.</summary>
    public void StageDuration(string stage, TimeSpan elapsed)
    {
        _stageDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("stage", stage));
        Add(stage, elapsed);
    }

    /// <summary>Records the time from an upload to its stored summary.</summary>
    public void UploadToSummary(TimeSpan elapsed)
    {
        if (elapsed >= TimeSpan.Zero)
        {
            _uploadToSummary.Record(elapsed.TotalSeconds);
            Add(PipelineMetricsSnapshot.UploadToSummaryKey, elapsed);
        }
    }

    /// <summary>Records how long a summarize message waited since it was sent.</summary>
    public void QueueAge(DateTimeOffset insertedAt)
    {
        var age = _time.GetUtcNow() - insertedAt;
        if (age >= TimeSpan.Zero)
        {
            _queueAge.Record(age.TotalSeconds);
            Add(PipelineMetricsSnapshot.QueueAgeKey, age);
        }
    }

    /// <summary>Counts an article that a reconcile run found from <paramref name="source"/> and sent through the clean stage.</summary>
    public void Recovered(string source)
    {
        _recovered.Add(1, new KeyValuePair<string, object?>("source", source));
        _recoveries.AddOrUpdate(source, 1, (_, n) => n + 1);
    }

    /// <summary>Records what a finished reconcile run found of the pipeline's backlog.</summary>
    public void ReconcileRun(TimeSpan? oldestUnfinished, long poisonQueueLength)
    {
        Interlocked.Increment(ref _reconcileRuns);
        Volatile.Write(ref _gauges, new ReconcileGauges(_time.GetUtcNow(), oldestUnfinished, poisonQueueLength));
    }

    /// <summary>The totals since this process started.</summary>
    public PipelineMetricsSnapshot Snapshot()
    {
        var gauges = Volatile.Read(ref _gauges);
        return new PipelineMetricsSnapshot(
            _since,
            new SortedDictionary<string, long>(_outcomes, StringComparer.Ordinal),
            new SortedDictionary<string, long>(_recoveries, StringComparer.Ordinal),
            new SortedDictionary<string, DurationTotals>(_durations, StringComparer.Ordinal),
            Interlocked.Read(ref _reconcileRuns),
            gauges?.At,
            gauges?.OldestUnfinished?.TotalSeconds,
            gauges?.PoisonQueueLength);
    }

    public void Dispose() => _meter.Dispose();

    private void Add(string key, TimeSpan elapsed) =>
        _durations.AddOrUpdate(key, _ => DurationTotals.Of(elapsed), (_, totals) => totals.Add(elapsed));

    // Nothing until this process has run a reconcile; then 0 when that run found nothing unfinished.
    private IEnumerable<Measurement<double>> ObserveOldestUnfinished() =>
        Volatile.Read(ref _gauges) is { } gauges ? [new Measurement<double>(gauges.OldestUnfinished?.TotalSeconds ?? 0)] : [];

    private IEnumerable<Measurement<long>> ObservePoisonQueue() =>
        Volatile.Read(ref _gauges) is { } gauges ? [new Measurement<long>(gauges.PoisonQueueLength)] : [];

    private sealed record ReconcileGauges(DateTimeOffset At, TimeSpan? OldestUnfinished, long PoisonQueueLength);
}
