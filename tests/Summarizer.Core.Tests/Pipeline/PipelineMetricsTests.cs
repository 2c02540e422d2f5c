using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core.Articles;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;
using Summarizer.Core.Tests.TestInfrastructure;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Pipeline;

/// <summary>The <c>Summarizer.Pipeline</c> meter, as a <see cref="MeterListener"/> (the way OpenTelemetry reads it) sees it.</summary>
[Collection(AzuriteTestGroup.Name)]
public sealed class PipelineMetricsTests(AzuriteFixture azurite) : IAsyncLifetime, IDisposable
{
    private readonly ScriptedSummarizer _summarizer = new();
    private ServiceProvider _services = null!;
    private MeterListener _listener = null!;
    private readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = [];

    private PipelineMetrics Metrics => _services.GetRequiredService<PipelineMetrics>();

    public async Task InitializeAsync()
    {
        _services = await PipelineServices.CreateAsync(azurite.ConnectionString, _summarizer);
        var meter = Metrics.Meter;
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter == meter)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task CleanAndSummarize_CountOutcomes_AndRecordStageUploadAndQueueTimes()
    {
        var name = PipelineServices.UniqueName("metrics");
        var articles = _services.GetRequiredService<StorageClients>().Container(StorageNames.ArticlesContainer);
        await articles.GetBlobClient(name).UploadAsync(new BinaryData(TestFiles.Bytes("Pipeline/short-article.txt")));
        await _services.GetRequiredService<CleanArticleHandler>().HandleAsync(name, default);
        var entry = (await _services.GetRequiredService<ArticleIndex>().GetAsync(ArticleId.FromBlobName(name), default))!;
        var message = SummarizeQueue.Serialize(new SummarizeRequest(entry.Id, entry.Version, entry.ContentHash!));

        await _services.GetRequiredService<SummarizeArticleHandler>().HandleAsync(message, 1, DateTimeOffset.UtcNow.AddSeconds(-3), default);

        Assert.Equal(["cleaned", "summarized"], Values(PipelineMetrics.ArticlesInstrument).Select(m => (string)m.Tags["outcome"]!).Order());
        Assert.Equal(["clean", "summarize"], Values(PipelineMetrics.StageDurationInstrument).Select(m => (string)m.Tags["stage"]!).Order());
        Assert.InRange(Assert.Single(Values(PipelineMetrics.QueueAgeInstrument)).Value, 3, 60);
        Assert.InRange(Assert.Single(Values(PipelineMetrics.UploadToSummaryInstrument)).Value, 0, 600);
        var snapshot = Metrics.Snapshot();
        Assert.Equal(1, snapshot.Outcomes[ArticleStatus.Cleaned]);
        Assert.Equal(1, snapshot.Outcomes[ArticleStatus.Summarized]);
        Assert.Equal(1, snapshot.Durations[PipelineMetricsSnapshot.QueueAgeKey].Count);
    }

    [Fact]
    public void Recoveries_AreCountedPerSource_AndTheBacklogGaugesReportTheLastRun()
    {
        Metrics.Recovered(ArticleReconciler.BlobsSource);
        Metrics.Recovered(ArticleReconciler.DeadLetterSource);
        Metrics.Recovered(ArticleReconciler.DeadLetterSource);
        Metrics.ReconcileRun(TimeSpan.FromMinutes(7), poisonQueueLength: 3);

        _listener.RecordObservableInstruments();

        var recovered = Values(PipelineMetrics.RecoveredInstrument).GroupBy(m => (string)m.Tags["source"]!).ToDictionary(g => g.Key, g => g.Sum(m => m.Value));
        Assert.Equal(new Dictionary<string, double> { ["blobs"] = 1, ["deadletter"] = 2 }, recovered);
        Assert.Equal(420, Assert.Single(Values(PipelineMetrics.OldestUnfinishedInstrument)).Value);
        Assert.Equal(3, Assert.Single(Values(PipelineMetrics.PoisonQueueInstrument)).Value);
        var snapshot = Metrics.Snapshot();
        Assert.Equal((1L, 2L, 1L), (snapshot.Recovered["blobs"], snapshot.Recovered["deadletter"], snapshot.ReconcileRuns));
    }

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        lock (_measurements)
        {
            _measurements.Add((instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
        }
    }

    private List<(string Instrument, double Value, Dictionary<string, object?> Tags)> Values(string instrument)
    {
        lock (_measurements)
        {
            return _measurements.Where(m => m.Instrument == instrument).ToList();
        }
    }
}
