using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;
using Summarizer.Core.Tests.TestInfrastructure;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Storage;

[Collection(AzuriteTestGroup.Name)]
public sealed class ArticleIndexTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    private ArticleIndex Index => _services.GetRequiredService<ArticleIndex>();

    public async Task InitializeAsync() => _services = await PipelineServices.CreateAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task TryInsert_ThenGet_ReturnsTheRow_AndASecondInsertIsRefused()
    {
        var entry = NewEntry(DateTimeOffset.UtcNow);

        Assert.True(await Index.TryInsertAsync(entry, default));
        Assert.False(await Index.TryInsertAsync(entry with { Title = "other" }, default));

        var read = await Index.GetAsync(entry.Id, default);
        Assert.NotNull(read);
        Assert.Equal(entry.Title, read.Title);
        Assert.Equal(ArticleStatus.Pending, read.Status);
    }

    [Fact]
    public async Task TryReplace_WithStaleETag_IsRefused()
    {
        var entry = NewEntry(DateTimeOffset.UtcNow);
        await Index.TryInsertAsync(entry, default);
        var first = (await Index.GetAsync(entry.Id, default))!;

        Assert.True(await Index.TryReplaceAsync(first with { Status = ArticleStatus.Cleaned }, default));
        Assert.False(await Index.TryReplaceAsync(first with { Status = ArticleStatus.Failed }, default));
        Assert.Equal(ArticleStatus.Cleaned, (await Index.GetAsync(entry.Id, default))!.Status);
    }

    [Fact]
    public async Task List_ReturnsNewestFirst_InPagesThatCoverEveryRowOnce()
    {
        var start = DateTimeOffset.UtcNow.AddYears(-1).AddDays(-Random.Shared.Next(1000));
        var inserted = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var entry = NewEntry(start.AddMinutes(i));
            await Index.TryInsertAsync(entry, default);
            inserted.Insert(0, entry.Id);
        }

        var (listed, pages) = await ListAllAsync(pageSize: 2);

        Assert.Equal(inserted, listed.Select(e => e.Id).Where(inserted.Contains));
        Assert.Equal(listed.Count, listed.Select(e => e.Id).Distinct().Count());
        Assert.True(pages >= 3, $"{listed.Count} rows came in {pages} pages of 2");
        Assert.Equal(listed.OrderByDescending(e => e.CreatedAt).Select(e => e.Id), listed.Select(e => e.Id));
    }

    [Fact]
    public async Task ReplaceAfterUpdate_KeepsListingRowInStep()
    {
        var entry = NewEntry(DateTimeOffset.UtcNow);
        await Index.TryInsertAsync(entry, default);
        var read = (await Index.GetAsync(entry.Id, default))!;
        await Index.TryReplaceAsync(read with { Status = ArticleStatus.Summarized, Model = "m" }, default);

        var (listed, _) = await ListAllAsync(pageSize: 100);

        var row = Assert.Single(listed, e => e.Id == entry.Id);
        Assert.Equal(ArticleStatus.Summarized, row.Status);
        Assert.Equal("m", row.Model);
    }

    [Fact]
    public async Task ListByStatus_FollowsEachStatusChange_AndReturnsOnlyThatStatus()
    {
        var entry = NewEntry(DateTimeOffset.UtcNow);
        await Index.TryInsertAsync(entry, default);
        Assert.Contains(entry.Id, await IdsInAsync(ArticleStatus.Pending));

        var read = (await Index.GetAsync(entry.Id, default))!;
        Assert.True(await Index.TryReplaceAsync(read with { Status = ArticleStatus.Cleaned }, default));
        Assert.DoesNotContain(entry.Id, await IdsInAsync(ArticleStatus.Pending));
        Assert.Contains(entry.Id, await IdsInAsync(ArticleStatus.Cleaned));

        read = (await Index.GetAsync(entry.Id, default))!;
        Assert.True(await Index.TryReplaceAsync(read with { Status = ArticleStatus.Failed, Error = "e" }, default));
        Assert.DoesNotContain(entry.Id, await IdsInAsync(ArticleStatus.Cleaned));
        Assert.Contains(entry.Id, await IdsInAsync(ArticleStatus.Failed));
        Assert.All(await Index.ListByStatusAsync(ArticleStatus.Failed, default).ToListAsync(), e => Assert.Equal(ArticleStatus.Failed, e.Status));
    }

    [Fact]
    public async Task ListByStatus_IsNewestFirst_AndHonoursUpdatedBefore()
    {
        var start = DateTimeOffset.UtcNow.AddYears(-2).AddDays(-Random.Shared.Next(1000));
        var older = NewEntry(start) with { Status = ArticleStatus.Rejected };
        var newer = NewEntry(start.AddMinutes(1)) with { Status = ArticleStatus.Rejected, UpdatedAt = start.AddHours(1) };
        await Index.TryInsertAsync(older, default);
        await Index.TryInsertAsync(newer, default);

        var all = await IdsInAsync(ArticleStatus.Rejected);
        Assert.True(all.IndexOf(newer.Id) < all.IndexOf(older.Id));
        var stale = await Index.ListByStatusAsync(ArticleStatus.Rejected, default, start.AddMinutes(30)).Select(e => e.Id).ToListAsync();
        Assert.Contains(older.Id, stale);
        Assert.DoesNotContain(newer.Id, stale);
    }

    [Fact]
    public async Task TryReplace_WhenTheOldStatusRowIsMissing_StillWrites()
    {
        var entry = NewEntry(DateTimeOffset.UtcNow);
        await Index.TryInsertAsync(entry, default);
        var table = _services.GetRequiredService<StorageClients>().Table(StorageNames.IndexTable);
        var statusRow = await table.QueryAsync<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == ArticleIndex.PartitionOf(entry.Id) && e.RowKey.CompareTo("s_") >= 0 && e.RowKey.CompareTo("s`") < 0)
            .SingleAsync(e => e.GetString("Id") == entry.Id);
        await table.DeleteEntityAsync(statusRow.PartitionKey, statusRow.RowKey);

        var read = (await Index.GetAsync(entry.Id, default))!;
        Assert.True(await Index.TryReplaceAsync(read with { Status = ArticleStatus.Summarized }, default));

        Assert.Equal(ArticleStatus.Summarized, (await Index.GetAsync(entry.Id, default))!.Status);
        Assert.Contains(entry.Id, await IdsInAsync(ArticleStatus.Summarized));
    }

    private async Task<List<string>> IdsInAsync(string status) =>
        await Index.ListByStatusAsync(status, default).Select(e => e.Id).ToListAsync();

    private async Task<(List<ArticleIndexEntry> Rows, int Pages)> ListAllAsync(int pageSize)
    {
        var rows = new List<ArticleIndexEntry>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await Index.ListAsync(pageSize, token, default);
            Assert.True(page.Items.Count <= pageSize);
            rows.AddRange(page.Items);
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);
        return (rows, pages);
    }

    private static ArticleIndexEntry NewEntry(DateTimeOffset created)
    {
        var name = PipelineServices.UniqueName("index");
        return new ArticleIndexEntry
        {
            Id = ArticleId.FromBlobName(name),
            Name = name,
            Status = ArticleStatus.Pending,
            Title = "Title of " + name,
            CreatedAt = created,
            UpdatedAt = created,
        };
    }
}
