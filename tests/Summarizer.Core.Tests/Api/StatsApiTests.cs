using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core.Access;
using Summarizer.Core.Api;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;
using Summarizer.Core.Tests.TestInfrastructure;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Api;

/// <summary><c>GET /api/stats</c> against Azurite, on a clock years ahead so other tests' articles fall outside its window.</summary>
[Collection(AzuriteTestGroup.Name)]
public sealed class StatsApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2031, 6, 1, 12, 30, 0, TimeSpan.Zero));
    private ServiceProvider _services = null!;

    private ArticleIndex Index => _services.GetRequiredService<ArticleIndex>();

    public async Task InitializeAsync() => _services = await PipelineServices.CreateAsync(azurite.ConnectionString, time: _clock);

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Stats_CountEachStatus_AndReadOnlyTheSummarizedArticlesOfTheWindow()
    {
        var before = await StatsAsync();
        var now = _clock.Now;
        await InsertAsync(ArticleStatus.Summarized, created: now.AddMinutes(-10), summarized: now.AddMinutes(-9));
        await InsertAsync(ArticleStatus.Summarized, created: now.AddHours(-3), summarized: now.AddHours(-3).AddSeconds(4));
        await InsertAsync(ArticleStatus.Failed, created: now.AddMinutes(-20), summarized: null);
        // Created before the window: counted by status, but not in the time-based figures.
        await InsertAsync(ArticleStatus.Summarized, created: now.AddDays(-8), summarized: now.AddMinutes(-30));

        var after = await StatsAsync();

        var counts = after.GetProperty("counts");
        Assert.Equal(Count(before, ArticleStatus.Summarized) + 3, counts.GetProperty(ArticleStatus.Summarized).GetInt32());
        Assert.Equal(Count(before, ArticleStatus.Failed) + 1, counts.GetProperty(ArticleStatus.Failed).GetInt32());
        Assert.Equal(Count(before, ArticleStatus.Pending), counts.GetProperty(ArticleStatus.Pending).GetInt32());
        Assert.Equal(2, after.GetProperty("window").GetProperty("rowsRead").GetInt32());
        Assert.Equal(2, after.GetProperty("summarizedPerHour").EnumerateArray().Sum(h => h.GetProperty("count").GetInt32()));
        var times = after.GetProperty("uploadToSummary");
        Assert.Equal(2, times.GetProperty("articles").GetInt32());
        Assert.Equal(4000, times.GetProperty("medianMilliseconds").GetInt64());
        Assert.Equal(60_000, times.GetProperty("p95Milliseconds").GetInt64());
    }

    [Fact]
    public async Task Count_StopsAtTheLimit()
    {
        await InsertAsync(ArticleStatus.Rejected, _clock.Now.AddDays(-100), null);
        await InsertAsync(ArticleStatus.Rejected, _clock.Now.AddDays(-100), null);

        Assert.Equal(1, await Index.CountAsync(ArticleStatus.Rejected, 1, default));
        Assert.True(await Index.CountAsync(ArticleStatus.Rejected, 1000, default) >= 2);
    }

    private async Task<JsonElement> StatsAsync()
    {
        var response = await _services.GetRequiredService<ArticleApi>().GetStatsAsync(default);
        Assert.Equal(200, response.StatusCode);
        return JsonDocument.Parse(response.Body).RootElement.Clone();
    }

    private static int Count(JsonElement stats, string status) => stats.GetProperty("counts").GetProperty(status).GetInt32();

    private async Task InsertAsync(string status, DateTimeOffset created, DateTimeOffset? summarized)
    {
        var entry = new ArticleIndexEntry
        {
            Id = "stats-" + Guid.NewGuid().ToString("N"),
            Name = "stats.txt",
            Status = status,
            CreatedAt = created,
            UpdatedAt = summarized ?? created,
            UploadedAt = created,
            SummarizedAt = summarized,
            Provider = summarized is null ? null : "Offline",
        };
        Assert.True(await Index.TryInsertAsync(entry, default));
    }
}
