using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core.Access;
using Summarizer.Core.Api;
using Summarizer.Core.Articles;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;
using Summarizer.Core.Tests.TestInfrastructure;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Pipeline;

/// <summary>
/// The reconcile run on an Azurite of this class's own (it lists whole containers, which other tests share): what no
/// event brought is cleaned once, young work is left to its event, and runs are bounded and go on where the last stopped.
/// </summary>
public sealed class ArticleReconcilerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    // Ahead of the blobs' real times, so every blob uploaded here is older than the pending timeout.
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow.AddMinutes(1));
    private ServiceProvider _services = null!;

    private ArticleReconciler Reconciler => _services.GetRequiredService<ArticleReconciler>();

    private ArticleIndex Index => _services.GetRequiredService<ArticleIndex>();

    private StorageClients Clients => _services.GetRequiredService<StorageClients>();

    private BlobContainerClient Articles => Clients.Container(StorageNames.ArticlesContainer);

    private BlobContainerClient DeadLetters => Clients.Container(StorageNames.DeadLetterContainer);

    public async Task InitializeAsync()
    {
        _services = await CreateServicesAsync();
        await ClearStorageAsync();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Run_CleansBlobsWithoutARowAndStalePendingUploads_OnceEach_AndReportsThem()
    {
        var direct = await UploadBlobsAsync("direct", 3);
        var uploaded = await UploadThroughApiAsync("through-api.txt");
        _clock.Advance(TimeSpan.FromMinutes(1));

        var report = await Reconciler.RunAsync(default);

        Assert.Equal(4, report.TotalRecovered);
        Assert.Equal(3, report.RecoveredFrom(ArticleReconciler.BlobsSource));
        Assert.Equal(1, report.RecoveredFrom(ArticleReconciler.PendingSource));
        Assert.True(report.PassEnded);
        foreach (var name in direct.Append(uploaded))
        {
            var entry = await Index.GetAsync(ArticleId.FromBlobName(name), default);
            Assert.Equal(ArticleStatus.Cleaned, entry?.Status);
            Assert.Equal(1, entry!.Version);
        }

        Assert.Equal(4, (await QueuedIdsAsync()).Count);
        var again = await Reconciler.RunAsync(default);
        Assert.Equal(0, again.TotalRecovered);
        Assert.Equal(4, (await QueuedIdsAsync()).Count);
    }

    [Fact]
    public async Task LateEvent_ForAReconciledArticle_ChangesNothing()
    {
        var name = (await UploadBlobsAsync("late", 1))[0];
        await Reconciler.RunAsync(default);
        var reconciled = await Index.GetAsync(ArticleId.FromBlobName(name), default);

        var outcome = await _services.GetRequiredService<CleanArticleHandler>().HandleAsync(name, default);

        Assert.Equal(CleanOutcome.AlreadyProcessed, outcome);
        var after = await Index.GetAsync(ArticleId.FromBlobName(name), default);
        Assert.Equal(reconciled!.ETag, after!.ETag);
        Assert.Equal(1, after.Version);
        Assert.Single(await QueuedIdsAsync(), id => id == after.Id);
    }

    [Fact]
    public async Task Run_IsBoundedByTheBatch_AndTheNextRunGoesOnFromTheStoredPosition_EvenInAnotherProcess()
    {
        await _services.DisposeAsync();
        _services = await CreateServicesAsync(new Dictionary<string, string?> { ["Pipeline:ReconcileBatch"] = "2" });
        var names = await UploadBlobsAsync("batch", 5);

        var first = await Reconciler.RunAsync(default);
        await using var restarted = await CreateServicesAsync(new Dictionary<string, string?> { ["Pipeline:ReconcileBatch"] = "2" });
        var second = await restarted.GetRequiredService<ArticleReconciler>().RunAsync(default);
        var third = await Reconciler.RunAsync(default);

        Assert.Equal((2, false, 2), (first.BlobsExamined, first.PassEnded, first.TotalRecovered));
        Assert.Equal((2, false, 2), (second.BlobsExamined, second.PassEnded, second.TotalRecovered));
        Assert.Equal((1, true, 1), (third.BlobsExamined, third.PassEnded, third.TotalRecovered));
        foreach (var name in names)
        {
            Assert.Equal(ArticleStatus.Cleaned, (await Index.GetAsync(ArticleId.FromBlobName(name), default))?.Status);
        }

        // A new pass starts at the beginning and finds nothing left.
        var fourth = await Reconciler.RunAsync(default);
        Assert.Equal((2, 0), (fourth.BlobsExamined, fourth.TotalRecovered));
    }

    [Fact]
    public async Task Run_LeavesBlobsAndPendingUploadsYoungerThanThePendingTimeout_ToTheirEvents()
    {
        var name = (await UploadBlobsAsync("young", 1))[0];
        var uploaded = await UploadThroughApiAsync("young-upload.txt");
        _clock.Advance(TimeSpan.FromMinutes(-2));

        var report = await Reconciler.RunAsync(default);

        Assert.Equal(0, report.TotalRecovered);
        Assert.Null(await Index.GetAsync(ArticleId.FromBlobName(name), default));
        Assert.Equal(ArticleStatus.Pending, (await Index.GetAsync(ArticleId.FromBlobName(uploaded), default))?.Status);
        Assert.Empty(await QueuedIdsAsync());
    }

    [Fact]
    public async Task Run_RecoversDeadLetteredEvents_RemovesTheirFile_AndKeepsAnUnreadableOne()
    {
        await _services.DisposeAsync();
        // A listing batch of two, so that the listing alone does not reach the dead-lettered blob.
        _services = await CreateServicesAsync(new Dictionary<string, string?> { ["Pipeline:ReconcileBatch"] = "2" });
        await UploadBlobsAsync("a-first", 2);
        var name = (await UploadBlobsAsync("z-dead-lettered", 1))[0];
        var file = "evgt-test/cleanarticle-articles/2026/1/6/10/5a1f3c2e.json";
        var events = Encoding.UTF8.GetString(TestFiles.Bytes("Pipeline/dead-letter.json")).Replace("{NAME}", name, StringComparison.Ordinal);
        await DeadLetters.GetBlobClient(file).UploadAsync(BinaryData.FromString(events));
        await DeadLetters.GetBlobClient("evgt-test/unreadable.json").UploadAsync(BinaryData.FromString("not json"));

        var report = await Reconciler.RunAsync(default);

        Assert.Equal(1, report.RecoveredFrom(ArticleReconciler.DeadLetterSource));
        Assert.Equal(ArticleStatus.Cleaned, (await Index.GetAsync(ArticleId.FromBlobName(name), default))?.Status);
        Assert.Equal((1, 1), (report.DeadLettersRemoved, report.DeadLettersUnreadable));
        Assert.False(await DeadLetters.GetBlobClient(file).ExistsAsync());
        Assert.True(await DeadLetters.GetBlobClient("evgt-test/unreadable.json").ExistsAsync());
    }

    [Fact]
    public async Task Run_RejectsAPendingUploadWhoseBlobIsGone_WithTheReason()
    {
        var uploaded = await UploadThroughApiAsync("gone.txt");
        await Articles.DeleteBlobAsync(uploaded);
        _clock.Advance(TimeSpan.FromMinutes(1));

        await Reconciler.RunAsync(default);

        var entry = await Index.GetAsync(ArticleId.FromBlobName(uploaded), default);
        Assert.Equal(ArticleStatus.Rejected, entry?.Status);
        Assert.Contains("no longer in storage", entry!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ReportsTheOldestUnfinishedArticle_AndThePoisonQueue()
    {
        await UploadThroughApiAsync("waiting.txt");
        await Articles.DeleteBlobAsync("waiting.txt");
        var pendingAt = _clock.Now;
        await Clients.Queue(StorageNames.SummarizePoisonQueue).SendMessageAsync("poisoned");
        _clock.Advance(TimeSpan.FromSeconds(5));

        var report = await Reconciler.RunAsync(default);

        // Still pending when the run looked (the pending timeout has not passed), so it is the oldest unfinished.
        Assert.Equal(_clock.Now - pendingAt, report.OldestUnfinished);
        Assert.Equal(1, report.PoisonQueueLength);
        var snapshot = _services.GetRequiredService<PipelineMetrics>().Snapshot();
        Assert.Equal(5, snapshot.OldestUnfinishedSeconds);
        Assert.Equal(1, snapshot.PoisonQueueLength);
    }

    private Task<ServiceProvider> CreateServicesAsync(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Pipeline:PendingTimeout"] = "00:00:30" };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return PipelineServices.CreateAsync(azurite.ConnectionString, settings: all, time: _clock);
    }

    private async Task ClearStorageAsync()
    {
        foreach (var container in new[] { Articles, DeadLetters })
        {
            await foreach (var blob in container.GetBlobsAsync())
            {
                await container.DeleteBlobAsync(blob.Name);
            }
        }

        foreach (var table in new[] { StorageNames.IndexTable, StorageNames.StateTable })
        {
            var client = Clients.Table(table);
            await foreach (var row in client.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
            {
                await client.DeleteEntityAsync(row.PartitionKey, row.RowKey);
            }
        }

        await Clients.Queue(StorageNames.SummarizeQueue).ClearMessagesAsync();
        await Clients.Queue(StorageNames.SummarizePoisonQueue).ClearMessagesAsync();
    }

    private async Task<List<string>> UploadBlobsAsync(string stem, int count)
    {
        var names = Enumerable.Range(0, count).Select(i => $"{stem}/article-{i}.txt").ToList();
        foreach (var name in names)
        {
            await Articles.GetBlobClient(name).UploadAsync(BinaryData.FromString(Text(name)));
        }

        return names;
    }

    private async Task<string> UploadThroughApiAsync(string name)
    {
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(Text(name)));
        var response = await _services.GetRequiredService<ArticleApi>().UploadAsync(Caller.Local, name, "text/plain", body, default);
        Assert.Equal(202, response.StatusCode);
        return name;
    }

    private async Task<List<string>> QueuedIdsAsync()
    {
        var messages = await Clients.Queue(StorageNames.SummarizeQueue).PeekMessagesAsync(32);
        return messages.Value.Select(m => SummarizeQueue.TryParse(m.Body.ToString())!.Id).ToList();
    }

    private static string Text(string name) =>
        $"Report on {name}\n\nThe council met on Monday to discuss {name}. Members agreed to spend more on roads next year. The plan is final by March.";
}
