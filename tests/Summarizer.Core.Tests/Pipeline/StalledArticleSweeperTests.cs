using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core.Articles;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;
using Summarizer.Core.Tests.TestInfrastructure;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Pipeline;

/// <summary>An article whose summarize message was lost (a crash or an outage after the index write) is queued again.</summary>
[Collection(AzuriteTestGroup.Name)]
public sealed class StalledArticleSweeperTests(AzuriteFixture azurite) : IAsyncLifetime
{
    // A day back, so that only this test's articles are old enough for its sweeps: the other tests' rows in the shared
    // Azurite carry the real time, and queueing them again would make the queue look busy.
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow.AddDays(-1));
    private ServiceProvider _services = null!;

    private StalledArticleSweeper Sweeper => _services.GetRequiredService<StalledArticleSweeper>();

    private QueueClient Queue => _services.GetRequiredService<StorageClients>().Queue(StorageNames.SummarizeQueue);

    public async Task InitializeAsync()
    {
        _services = await PipelineServices.CreateAsync(azurite.ConnectionString, time: _clock);
        await Queue.ClearMessagesAsync();
    }

    public async Task DisposeAsync()
    {
        await Queue.ClearMessagesAsync();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task Sweep_EmptyQueue_RequeuesALostMessageAfterAMinute_AndOnlyOnce()
    {
        var id = await CleanThenLoseMessageAsync("lost");

        await Sweeper.SweepAsync(default);
        Assert.DoesNotContain(await QueuedIdsAsync(), m => m == id);

        _clock.Advance(TimeSpan.FromSeconds(61));
        Assert.True(await Sweeper.SweepAsync(default) >= 1);
        Assert.Single(await QueuedIdsAsync(), m => m == id);

        // The message is back: the next sweep leaves the article to it.
        _clock.Advance(TimeSpan.FromSeconds(61));
        await Sweeper.SweepAsync(default);
        Assert.Single(await QueuedIdsAsync(), m => m == id);
    }

    [Fact]
    public async Task Sweep_QueueWithOtherMessages_WaitsForTheStalledTimeout()
    {
        var id = await CleanThenLoseMessageAsync("backlog");
        await Queue.SendMessageAsync(SummarizeQueue.Serialize(new SummarizeRequest("someone-else-000000000000", 1, "hash")));

        _clock.Advance(TimeSpan.FromMinutes(5));
        await Sweeper.SweepAsync(default);
        Assert.DoesNotContain(await QueuedIdsAsync(), m => m == id);

        _clock.Advance(TimeSpan.FromMinutes(11));
        await Sweeper.SweepAsync(default);
        Assert.Single(await QueuedIdsAsync(), m => m == id);
    }

    [Fact]
    public async Task Sweep_LeavesArticlesThatAreNotCleaned()
    {
        var id = await CleanThenLoseMessageAsync("done");
        var index = _services.GetRequiredService<ArticleIndex>();
        await index.TryReplaceAsync((await index.GetAsync(id, default))! with { Status = ArticleStatus.Summarized }, default);

        _clock.Advance(TimeSpan.FromMinutes(30));
        await Sweeper.SweepAsync(default);

        Assert.DoesNotContain(await QueuedIdsAsync(), m => m == id);
    }

    [Fact]
    public async Task Sweep_ArticleWaitingForADelayedRetry_IsLeftUntilTheRetryIsOverdue_ThenQueuedWithItsAttempts()
    {
        var id = await CleanThenLoseMessageAsync("retrying");
        var index = _services.GetRequiredService<ArticleIndex>();
        var first = _clock.Now;
        await index.TryReplaceAsync((await index.GetAsync(id, default))! with
        {
            RetryAt = _clock.Now + TimeSpan.FromMinutes(20),
            TransientFailures = 3,
            FirstTransientFailureAt = first,
        }, default);
        await Queue.SendMessageAsync(SummarizeQueue.Serialize(new SummarizeRequest("someone-else-000000000000", 1, "hash")));

        _clock.Advance(TimeSpan.FromMinutes(30));
        await Sweeper.SweepAsync(default);
        Assert.DoesNotContain(await QueuedIdsAsync(), m => m == id);

        _clock.Advance(TimeSpan.FromMinutes(10));
        await Sweeper.SweepAsync(default);
        var requeued = (await Queue.PeekMessagesAsync(32)).Value.Select(m => SummarizeQueue.TryParse(m.MessageText)).Single(r => r?.Id == id)!;
        Assert.Equal((3, first), (requeued.Attempt, requeued.FirstTransientFailureAt));
    }

    private async Task<string> CleanThenLoseMessageAsync(string stem)
    {
        var name = PipelineServices.UniqueName(stem);
        var articles = _services.GetRequiredService<StorageClients>().Container(StorageNames.ArticlesContainer);
        await articles.GetBlobClient(name).UploadAsync(new BinaryData(TestFiles.Bytes("Pipeline/short-article.txt")));
        Assert.Equal(CleanOutcome.Cleaned, await _services.GetRequiredService<CleanArticleHandler>().HandleAsync(name, default));
        Assert.Contains(ArticleId.FromBlobName(name), await QueuedIdsAsync());
        await Queue.ClearMessagesAsync();
        return ArticleId.FromBlobName(name);
    }

    private async Task<List<string>> QueuedIdsAsync()
    {
        var peeked = await Queue.PeekMessagesAsync(32);
        return peeked.Value.Select(m => SummarizeQueue.TryParse(m.MessageText)?.Id).OfType<string>().ToList();
    }
}
