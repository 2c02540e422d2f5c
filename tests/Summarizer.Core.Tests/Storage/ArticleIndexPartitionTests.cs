using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;
using Summarizer.Core.Tests.TestInfrastructure;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Storage;

/// <summary>The index spread over partitions: writes land apart, listing still pages newest first, an old index migrates.</summary>
[Collection(AzuriteTestGroup.Name)]
public sealed class ArticleIndexPartitionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    private ArticleIndex Index => _services.GetRequiredService<ArticleIndex>();

    private TableClient Table => _services.GetRequiredService<StorageClients>().Table(StorageNames.IndexTable);

    public async Task InitializeAsync() => _services = await PipelineServices.CreateAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Articles_AreSpreadOverPartitions_AndEachArticlesRowsShareOne()
    {
        var entries = Enumerable.Range(0, 48).Select(i => Entry(DateTimeOffset.UtcNow.AddSeconds(-i))).ToList();
        foreach (var entry in entries)
        {
            Assert.True(await Index.TryInsertAsync(entry, default));
        }

        var partitions = new Dictionary<string, int>();
        foreach (var entry in entries)
        {
            var rows = await Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Id eq {entry.Id}")).ToListAsync();
            Assert.Equal(5, rows.Count);
            var partition = Assert.Single(rows.Select(r => r.PartitionKey).Distinct());
            Assert.Equal(ArticleIndex.PartitionOf(entry.Id), partition);
            partitions[partition] = partitions.GetValueOrDefault(partition) + 1;
        }

        // 48 articles over 16 partitions: the chance that one partition takes more than half is far below one in a million.
        Assert.True(partitions.Count >= 8, $"{partitions.Count} partitions used");
        Assert.True(partitions.Values.Max() <= 24, $"one partition took {partitions.Values.Max()} of 48");
    }

    [Fact]
    public async Task List_AcrossPartitions_PagesNewestFirst_EveryArticleOnce_WithAndWithoutAStatus()
    {
        var start = DateTimeOffset.UtcNow.AddYears(-3).AddDays(-Random.Shared.Next(1000));
        var owner = "owner-" + Guid.NewGuid().ToString("N")[..12];
        var inserted = new List<string>();
        for (var i = 0; i < 23; i++)
        {
            var entry = Entry(start.AddMinutes(i)) with { OwnerId = owner, Status = i % 2 == 0 ? ArticleStatus.Failed : ArticleStatus.Pending };
            await Index.TryInsertAsync(entry, default);
            inserted.Insert(0, entry.Id);
        }

        var all = await ListAllAsync(pageSize: 5, owner: owner);
        var failed = await ListAllAsync(pageSize: 4, owner: owner, status: ArticleStatus.Failed);

        Assert.Equal(inserted, all);
        Assert.Equal(inserted.Where((_, i) => (22 - i) % 2 == 0), failed);
    }

    [Fact]
    public async Task Migrate_MovesALegacyIndexIntoItsPartitions_AndEmptiesTheOldOne()
    {
        var entry = Entry(DateTimeOffset.UtcNow.AddYears(-5)) with { Status = ArticleStatus.Summarized, Version = 3, Title = "Legacy title" };
        var legacy = new TableEntity(ArticleIndex.LegacyPartition, "a_" + entry.Id)
        {
            ["Id"] = entry.Id, ["Name"] = entry.Name, ["Status"] = entry.Status, ["Version"] = entry.Version, ["Title"] = entry.Title,
            ["CreatedAt"] = entry.CreatedAt, ["UpdatedAt"] = entry.UpdatedAt,
        };
        var listing = new TableEntity(ArticleIndex.LegacyPartition, "t_0000_" + entry.Id) { ["Id"] = entry.Id, ["Name"] = entry.Name, ["Status"] = entry.Status };
        var tombstone = new TableEntity(ArticleIndex.LegacyPartition, "d_gone-000000000001")
        {
            ["Id"] = "gone-000000000001", ["Name"] = "gone.txt", ["Version"] = 2, ["DeletedAt"] = DateTimeOffset.UtcNow, ["Finished"] = true,
        };
        foreach (var row in new[] { legacy, listing, tombstone })
        {
            await Table.UpsertEntityAsync(row);
        }

        var (moved, removed) = await _services.GetRequiredService<ArticleIndexMigration>().MigrateAsync(default);
        var again = await _services.GetRequiredService<ArticleIndexMigration>().MigrateAsync(default);

        Assert.True(moved >= 1);
        Assert.True(removed >= 3);
        Assert.Equal((0, 0), again);
        var read = await Index.GetAsync(entry.Id, default);
        Assert.Equal("Legacy title", read!.Title);
        Assert.Equal(ArticleOwner.LocalId, read.OwnerId);
        Assert.Contains(entry.Id, await Index.ListByStatusAsync(ArticleStatus.Summarized, default).Select(e => e.Id).ToListAsync());
        Assert.Equal(2, (await Index.GetTombstoneAsync("gone-000000000001", default))!.Version);
        Assert.Empty(await Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {ArticleIndex.LegacyPartition}")).ToListAsync());
    }

    private async Task<List<string>> ListAllAsync(int pageSize, string owner, string? status = null)
    {
        var ids = new List<string>();
        string? token = null;
        do
        {
            var page = await Index.ListAsync(pageSize, token, default, status, owner);
            Assert.True(page.Items.Count <= pageSize);
            ids.AddRange(page.Items.Select(e => e.Id));
            token = page.ContinuationToken;
        }
        while (token is not null);
        return ids;
    }

    private static ArticleIndexEntry Entry(DateTimeOffset createdAt)
    {
        var name = PipelineServices.UniqueName("spread");
        return new ArticleIndexEntry { Id = ArticleId.FromBlobName(name), Name = name, Status = ArticleStatus.Pending, CreatedAt = createdAt, UpdatedAt = createdAt };
    }
}
