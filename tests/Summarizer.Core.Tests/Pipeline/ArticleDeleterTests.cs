using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core.Access;
using Summarizer.Core.Api;
using Summarizer.Core.Articles;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;
using Summarizer.Core.Tests.TestInfrastructure;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Pipeline;

/// <summary>Deleting an article removes every trace in storage, and nothing queued or swept brings it back.</summary>
[Collection(AzuriteTestGroup.Name)]
public sealed class ArticleDeleterTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private ServiceProvider _services = null!;

    private ArticleApi Api => _services.GetRequiredService<ArticleApi>();

    private ArticleIndex Index => _services.GetRequiredService<ArticleIndex>();

    private StorageClients Clients => _services.GetRequiredService<StorageClients>();

    public async Task InitializeAsync() => _services = await PipelineServices.CreateAsync(azurite.ConnectionString, time: _clock);

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Delete_RemovesTheBlobItsDocumentsAndEveryIndexRow_CheckedInStorage()
    {
        var (name, id, message) = await CleanedAsync();
        Assert.Equal(SummarizeOutcome.Summarized, await _services.GetRequiredService<SummarizeArticleHandler>().HandleAsync(message, 1, default));

        var response = await Api.DeleteAsync(Caller.Local, id, default);

        Assert.Equal(204, response.StatusCode);
        Assert.Empty(await BlobsNamedAsync(StorageNames.ArticlesContainer, name));
        Assert.Empty(await BlobsNamedAsync(StorageNames.CleanedContainer, id + ".json"));
        Assert.Empty(await BlobsNamedAsync(StorageNames.SummariesContainer, id + ".json"));
        var rows = await Clients.Table(StorageNames.IndexTable).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Id eq {id}")).ToListAsync();
        Assert.Equal(["d_" + id], rows.Select(r => r.RowKey));
        Assert.Equal(404, (await Api.GetSummaryAsync(Caller.Local, id, default)).StatusCode);
        Assert.Equal(404, (await Api.DeleteAsync(Caller.Local, id, default)).StatusCode);
    }

    [Fact]
    public async Task LateQueueMessage_ForADeletedArticle_IsDropped_AndBringsNothingBack()
    {
        var (_, id, message) = await CleanedAsync();
        Assert.Equal(204, (await Api.DeleteAsync(Caller.Local, id, default)).StatusCode);

        var outcome = await _services.GetRequiredService<SummarizeArticleHandler>().HandleAsync(message, 1, default);

        Assert.Equal(SummarizeOutcome.Dropped, outcome);
        Assert.Null(await Index.GetAsync(id, default));
        Assert.Empty(await BlobsNamedAsync(StorageNames.SummariesContainer, id + ".json"));
    }

    [Fact]
    public async Task LateBlobEvent_ForADeletedArticle_FindsNothingToClean()
    {
        var (name, id, _) = await CleanedAsync();
        Assert.Equal(204, (await Api.DeleteAsync(Caller.Local, id, default)).StatusCode);

        var outcome = await _services.GetRequiredService<CleanArticleHandler>().HandleAsync(name, default);

        Assert.Equal(CleanOutcome.Vanished, outcome);
        Assert.Null(await Index.GetAsync(id, default));
    }

    [Fact]
    public async Task DeleteInterruptedAfterTheIndex_IsFinishedByTheNextSweep()
    {
        var (name, id, _) = await CleanedAsync();
        Assert.True(await Index.TryDeleteAsync((await Index.GetAsync(id, default))!, _clock.GetUtcNow(), default));
        Assert.NotEmpty(await BlobsNamedAsync(StorageNames.ArticlesContainer, name));

        _clock.Advance(StalledArticleSweeper.DeleteInterruptedAfter + TimeSpan.FromSeconds(1));
        await _services.GetRequiredService<StalledArticleSweeper>().SweepAsync(default);

        Assert.Empty(await BlobsNamedAsync(StorageNames.ArticlesContainer, name));
        Assert.Empty(await BlobsNamedAsync(StorageNames.CleanedContainer, id + ".json"));
        Assert.True((await Index.GetTombstoneAsync(id, default))!.Finished);
        Assert.Empty(await Index.ListUnfinishedDeletesAsync(DateTimeOffset.MaxValue, default).ToListAsync());
    }

    [Fact]
    public async Task NameUploadedAgainAfterDelete_IsANewArticle_CountingOnFromTheDeletedVersion()
    {
        var (name, id, oldMessage) = await CleanedAsync();
        Assert.Equal(204, (await Api.DeleteAsync(Caller.Local, id, default)).StatusCode);

        Assert.Equal(202, (await Api.UploadAsync(Caller.Local, name, "text/plain", Body("Another story\n\nThe bridge opened on Friday. Traffic moved at once."), default)).StatusCode);
        Assert.Equal(CleanOutcome.Cleaned, await _services.GetRequiredService<CleanArticleHandler>().HandleAsync(name, default));

        var entry = await Index.GetAsync(id, default);
        Assert.Equal(2, entry!.Version);
        Assert.Equal("Another story", entry.Title);
        Assert.Equal(SummarizeOutcome.Dropped, await _services.GetRequiredService<SummarizeArticleHandler>().HandleAsync(oldMessage, 1, default));
        Assert.Equal(ArticleStatus.Cleaned, (await Index.GetAsync(id, default))!.Status);
    }

    private async Task<(string Name, string Id, string Message)> CleanedAsync()
    {
        var name = PipelineServices.UniqueName("delete");
        Assert.Equal(202, (await Api.UploadAsync(Caller.Local, name, "text/plain", Body("Council agrees budget\n\nThe council agreed its budget on Monday. Roads get more money."), default)).StatusCode);
        Assert.Equal(CleanOutcome.Cleaned, await _services.GetRequiredService<CleanArticleHandler>().HandleAsync(name, default));
        var entry = (await Index.GetAsync(ArticleId.FromBlobName(name), default))!;
        return (name, entry.Id, SummarizeQueue.Serialize(new SummarizeRequest(entry.Id, entry.Version, entry.ContentHash!)));
    }

    /// <summary>Every blob, version and snapshot stored under exactly <paramref name="name"/>.</summary>
    private async Task<List<BlobItem>> BlobsNamedAsync(string container, string name) =>
        await Clients.Container(container).GetBlobsAsync(BlobTraits.None, BlobStates.Version | BlobStates.Snapshots | BlobStates.Deleted, name, default)
            .Where(b => b.Name == name).ToListAsync();

    private static MemoryStream Body(string text) => new(Encoding.UTF8.GetBytes(text));
}
