using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core.Access;
using Summarizer.Core.Api;
using Summarizer.Core.Articles;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;
using Summarizer.Core.Tests.TestInfrastructure;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Pipeline;

[Collection(AzuriteTestGroup.Name)]
public sealed class RetentionSweeperTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Sweep_DeletesArticlesOlderThanRetainDays_AndKeepsNewerOnes()
    {
        // A clock far ahead of every other test's articles, so that only this test's are old by it.
        var clock = new ManualClock(DateTimeOffset.UtcNow.AddYears(50));
        await using var services = await PipelineServices.CreateAsync(azurite.ConnectionString, settings: new Dictionary<string, string?> { ["Pipeline:RetainDays"] = "30" }, time: clock);
        var api = services.GetRequiredService<ArticleApi>();
        var old = PipelineServices.UniqueName("old");
        await api.UploadAsync(Caller.Local, old, "text/plain", new MemoryStream(Encoding.UTF8.GetBytes("Old\n\nOld news.")), default);
        clock.Advance(TimeSpan.FromDays(31));
        var recent = PipelineServices.UniqueName("recent");
        await api.UploadAsync(Caller.Local, recent, "text/plain", new MemoryStream(Encoding.UTF8.GetBytes("Recent\n\nRecent news.")), default);

        var deleted = await services.GetRequiredService<RetentionSweeper>().SweepAsync(default);

        var index = services.GetRequiredService<ArticleIndex>();
        Assert.True(deleted >= 1);
        Assert.Null(await index.GetAsync(ArticleId.FromBlobName(old), default));
        Assert.NotNull(await index.GetTombstoneAsync(ArticleId.FromBlobName(old), default));
        Assert.NotNull(await index.GetAsync(ArticleId.FromBlobName(recent), default));
        Assert.False((await services.GetRequiredService<StorageClients>().Container(StorageNames.ArticlesContainer).GetBlobClient(old).ExistsAsync()).Value);
    }

    [Fact]
    public async Task Sweep_WithoutRetainDays_DeletesNothing()
    {
        await using var services = await PipelineServices.CreateAsync(azurite.ConnectionString, time: new ManualClock(DateTimeOffset.UtcNow.AddYears(60)));

        Assert.Equal(0, await services.GetRequiredService<RetentionSweeper>().SweepAsync(default));
    }
}
