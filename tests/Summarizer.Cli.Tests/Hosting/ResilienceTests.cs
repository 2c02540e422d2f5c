using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;
using Summarizer.Cli.Emulator;
using Summarizer.Cli.Hosting;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Hosting;

/// <summary>The pipeline under crashes, outages, duplicate hosts and hostile input: every article ends with a reason, once.</summary>
public sealed class ResilienceTests
{
    private static readonly string[] FinalStatuses = [ArticleStatus.Summarized, ArticleStatus.Rejected, ArticleStatus.Failed];

    [Fact]
    public async Task Serve_KilledWithArticlesInFlight_FinishesEveryArticleOnceAfterRestart()
    {
        const int count = 150;
        await using var azurite = await AzuriteServer.StartAsync();
        var port = LoopbackPort.Free();
        string[] fast = ["--Serve:BlobPollInterval=00:00:00.200", "--Serve:MaxQueuePollingInterval=00:00:00.200", "--Serve:MessageLease=00:00:04", "--Serve:SweepInterval=00:00:01", "--Pipeline:RequeueStalledAfter=00:00:05"];
        var serve = await ServeProcess.StartAsync(azurite.ConnectionString, port, fast);
        using var http = new HttpClient { BaseAddress = serve.BaseAddress };
        var names = Enumerable.Range(0, count).Select(i => $"crash/article-{i:D3}.txt").ToList();
        var blobs = new BlobContainerClient(azurite.ConnectionString, StorageNames.ArticlesContainer);
        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (name, ct) =>
            await blobs.GetBlobClient(name).UploadAsync(new BinaryData(Article(name)), ct));

        await WaitUntilAsync(async () => (await ListAllAsync(http)).Count(e => e.Status == ArticleStatus.Summarized) >= 10, TimeSpan.FromSeconds(60));
        await serve.KillAsync();
        var atCrash = (await ListAllAsyncDirect(azurite)).Count(e => e.Status == ArticleStatus.Summarized);
        await serve.DisposeAsync();

        await using var restarted = await ServeProcess.StartAsync(azurite.ConnectionString, port, fast);
        await WaitUntilAsync(async () => (await ListAllAsync(http)).Count(e => FinalStatuses.Contains(e.Status)) == count, TimeSpan.FromSeconds(120));

        var listed = await ListAllAsync(http);
        Assert.True(atCrash < count, $"all {count} were done before the crash; the test proves nothing");
        Assert.Equal(count, listed.Count);
        Assert.Equal(names.Select(ArticleId.FromBlobName).Order(), listed.Select(e => e.Id).Order());
        Assert.All(listed, e => Assert.Equal(ArticleStatus.Summarized, e.Status));
        Assert.All(listed, e => Assert.Equal(1, e.Version));
        var summaries = new BlobContainerClient(azurite.ConnectionString, StorageNames.SummariesContainer);
        var documents = await summaries.GetBlobsAsync().Select(b => b.Name).ToListAsync();
        Assert.Equal(listed.Select(e => e.Id + ".json").Order(), documents.Order());
    }

    [Fact]
    public async Task Serve_StorageOutage_KeepsRunning_LogsOncePerInterval_AndFinishesTheWork()
    {
        var data = Directory.CreateTempSubdirectory("azurite-outage-");
        try
        {
            await using var azurite = await AzuriteServer.StartAsync(data.FullName);
            // An upload cleaned just before the outage can lose its queue message; the sweeper must find it.
            var repairFast = new Dictionary<string, string?> { ["Serve:SweepInterval"] = "00:00:01", ["Pipeline:RequeueLostAfter"] = "00:00:03" };
            await using var pipeline = await LocalPipeline.StartAsync(repairFast, azurite);
            var before = await PostAllAsync(pipeline.Http, "before", 5);
            await Task.WhenAll(before.Select(id => pipeline.WaitForStatusAsync(id, ArticleStatus.Summarized)));
            var blobs = new BlobContainerClient(azurite.ConnectionString, StorageNames.ArticlesContainer);
            var during = Enumerable.Range(0, 5).Select(i => $"outage/during-{i}.txt").ToList();
            foreach (var name in during)
            {
                await blobs.GetBlobClient(name).UploadAsync(new BinaryData(Article(name)));
            }

            await azurite.StopGracefullyAsync();
            using (var unavailable = await pipeline.Http.GetAsync("api/summaries?top=5"))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
                Assert.Equal("application/problem+json", unavailable.Content.Headers.ContentType?.MediaType);
            }

            await Task.Delay(TimeSpan.FromSeconds(12));
            await azurite.RestartAsync();

            foreach (var name in during)
            {
                await pipeline.WaitForStatusAsync(ArticleId.FromBlobName(name), ArticleStatus.Summarized, TimeSpan.FromSeconds(90));
            }

            using var health = await pipeline.Http.GetAsync("api/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            // Each loop reports the outage when it starts and at most once per 30 s after, not once per poll or message.
            var reports = pipeline.Logs.Entries.Where(e => e.Level == LogLevel.Error && e.Message.Contains(" is failing (", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(reports);
            Assert.All(reports.GroupBy(e => e.Message[..e.Message.IndexOf(" is failing", StringComparison.Ordinal)]), g => Assert.InRange(g.Count(), 1, 2));
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Reconcile_StorageStoppedDuringARun_LosesNothing_AndTheNextRunFinishesEveryArticleOnce()
    {
        const int count = 60;
        var data = Directory.CreateTempSubdirectory("azurite-reconcile-outage-");
        try
        {
            await using var azurite = await AzuriteServer.StartAsync(data.FullName);
            // No blob events: only the reconcile finds the blobs. A message lost in the outage is the sweeper's to repair.
            var settings = LocalPipeline.WithoutBlobEvents(new Dictionary<string, string?>
            {
                ["Pipeline:PendingTimeout"] = "00:00:00",
                ["Serve:SweepInterval"] = "00:00:01",
                ["Pipeline:RequeueLostAfter"] = "00:00:03",
            });
            await using var pipeline = await LocalPipeline.StartAsync(settings, azurite);
            var blobs = new BlobContainerClient(azurite.ConnectionString, StorageNames.ArticlesContainer);
            var names = Enumerable.Range(0, count).Select(i => $"unheard/article-{i:D2}.txt").ToList();
            foreach (var name in names)
            {
                await blobs.GetBlobClient(name).UploadAsync(new BinaryData(Article(name)));
            }

            var run = pipeline.ReconcileAsync();
            await WaitUntilAsync(() => Task.FromResult(pipeline.Logs.Count(LogLevel.Warning, "had no event") >= 3), TimeSpan.FromSeconds(60));
            await azurite.StopGracefullyAsync();
            var failure = await Record.ExceptionAsync(() => run);
            await azurite.RestartAsync();

            Assert.True(failure is not null && StorageFaults.IsTransient(failure), $"the run was meant to meet the outage: {failure}");
            var recoveredBefore = pipeline.Logs.Count(LogLevel.Warning, "had no event");
            Assert.True(recoveredBefore < count, "the first run finished before the outage; the test proves nothing");
            var next = await pipeline.ReconcileAsync();
            Assert.True(next.PassEnded);
            foreach (var name in names)
            {
                var entry = await pipeline.WaitForStatusAsync(ArticleId.FromBlobName(name), ArticleStatus.Summarized, TimeSpan.FromSeconds(120));
                Assert.Equal(1, entry.GetProperty("version").GetInt32());
            }

            var summaries = new BlobContainerClient(azurite.ConnectionString, StorageNames.SummariesContainer);
            Assert.Equal(names.Select(n => ArticleId.FromBlobName(n) + ".json").Order(), await summaries.GetBlobsAsync().Select(b => b.Name).OrderBy(n => n).ToListAsync());
            Assert.Equal(count, pipeline.Logs.Count(LogLevel.Information, ": Summarized"));
            Assert.Equal(0, (await pipeline.ReconcileAsync()).TotalRecovered);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task TwoHostsOnOneAccount_SummarizeEachArticleOnce()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        await using var first = await LocalPipeline.StartAsync(azurite: azurite);
        await using var second = await LocalPipeline.StartAsync(azurite: azurite);
        var blobs = new BlobContainerClient(azurite.ConnectionString, StorageNames.ArticlesContainer);
        var names = Enumerable.Range(0, 30).Select(i => $"twin/article-{i:D2}.txt").ToList();
        foreach (var name in names)
        {
            await blobs.GetBlobClient(name).UploadAsync(new BinaryData(Article(name)));
        }

        foreach (var name in names)
        {
            var entry = await first.WaitForStatusAsync(ArticleId.FromBlobName(name), ArticleStatus.Summarized);
            Assert.Equal(1, entry.GetProperty("version").GetInt32());
        }

        await Task.Delay(1000);
        var summarized = first.Logs.Count(LogLevel.Information, ": Summarized") + second.Logs.Count(LogLevel.Information, ": Summarized");
        var cleaned = first.Logs.Count(LogLevel.Information, ": Cleaned") + second.Logs.Count(LogLevel.Information, ": Cleaned");
        Assert.Equal(names.Count, summarized);
        Assert.Equal(names.Count, cleaned);
        Assert.True(first.Logs.Count(LogLevel.Information, "Clean stage") > 0 || second.Logs.Count(LogLevel.Information, "Clean stage") > 0);
    }

    [Fact]
    public async Task HostileUploads_EachEndWithAClearStatus_AndTheHostStaysUp()
    {
        await using var pipeline = await LocalPipeline.StartAsync();
        var blobs = new BlobContainerClient(pipeline.Azurite.ConnectionString, StorageNames.ArticlesContainer);
        var uploads = new Dictionary<string, byte[]>
        {
            ["hostile/empty.txt"] = [],
            ["hostile/image.png"] = TestFile("pixel.png"),
            ["hostile/zip-named.html"] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0x21, 0, 0xB7, 0xAC, 0xCE, 0x34, 0, 0, 0, 0],
            ["hostile/invalid-utf8.txt"] = [.. "Title\n\nA line with broken bytes "u8, 0xC3, 0x28, 0xA0, 0xA1, .. " in it. And more text after it."u8],
            ["hostile/deep.html"] = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>Deep text at the bottom of the page. It is a sentence.</p></body></html>"),
            ["hostile/one-line.txt"] = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The committee met again today and talked about the budget. ", 17_000))),
            ["hostile/huge.txt"] = new byte[100 * 1024 * 1024],
            ["hostile/name with spaces & ünïcødé 日本.txt"] = Article("spaces"),
            ["hostile/injection.txt"] = TestFile("prompt-injection.txt"),
        };
        foreach (var (name, content) in uploads)
        {
            await blobs.GetBlobClient(name).UploadAsync(new BinaryData(content));
        }

        var outcomes = new Dictionary<string, JsonElement>();
        foreach (var name in uploads.Keys)
        {
            outcomes[name] = await pipeline.WaitForAsync(ArticleId.FromBlobName(name), e => FinalStatuses.Contains(e.GetProperty("status").GetString()), TimeSpan.FromSeconds(90));
        }

        foreach (var name in new[] { "hostile/empty.txt", "hostile/image.png", "hostile/zip-named.html", "hostile/huge.txt" })
        {
            Assert.Equal(ArticleStatus.Rejected, outcomes[name].GetProperty("status").GetString());
        }

        foreach (var (name, outcome) in outcomes)
        {
            if (outcome.GetProperty("status").GetString() != ArticleStatus.Summarized)
            {
                Assert.False(string.IsNullOrWhiteSpace(outcome.GetProperty("error").GetString()), name);
            }

            Assert.True(await blobs.GetBlobClient(name).ExistsAsync(), name);
        }

        Assert.Equal(ArticleStatus.Summarized, outcomes["hostile/name with spaces & ünïcødé 日本.txt"].GetProperty("status").GetString());
        Assert.Equal(ArticleStatus.Summarized, outcomes["hostile/injection.txt"].GetProperty("status").GetString());
        using var traversal = await pipeline.Http.PostAsync("api/articles?name=..%2F..%2Fescape.txt", new StringContent("x"));
        Assert.Equal(HttpStatusCode.BadRequest, traversal.StatusCode);
        using var tooLarge = await pipeline.Http.PostAsync("api/articles?name=big.txt", new ByteArrayContent(new byte[(10 * 1024 * 1024) + 1]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        using var health = await pipeline.Http.GetAsync("api/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static byte[] Article(string name) => Encoding.UTF8.GetBytes(
        $"Report {name}\n\nThe council of {name} met on Monday to discuss the new budget. " +
        "Members agreed to spend more on roads and schools next year. " +
        $"The mayor said the plan for {name} would be final by March. Residents can comment until the end of the month.");

    private static byte[] TestFile(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    private static async Task<List<string>> PostAllAsync(HttpClient http, string stem, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var name = $"{stem}-{i}.txt";
            using var response = await http.PostAsync($"api/articles?name={name}", new ByteArrayContent(Article(name)));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }

        return ids;
    }

    private sealed record Listed(string Id, string Status, int Version);

    private static async Task<List<Listed>> ListAllAsync(HttpClient http)
    {
        var all = new List<Listed>();
        string? token = null;
        do
        {
            var url = "api/summaries?top=100" + (token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token));
            var page = await http.GetFromJsonAsync<JsonElement>(url);
            all.AddRange(page.GetProperty("items").EnumerateArray().Select(e =>
                new Listed(e.GetProperty("id").GetString()!, e.GetProperty("status").GetString()!, e.GetProperty("version").GetInt32())));
            token = page.TryGetProperty("continuationToken", out var next) ? next.GetString() : null;
        }
        while (token is not null);
        return all;
    }

    private static async Task<List<Listed>> ListAllAsyncDirect(AzuriteServer azurite)
    {
        var table = new Azure.Data.Tables.TableClient(azurite.ConnectionString, StorageNames.IndexTable);
        var rows = new List<Listed>();
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>(e => e.RowKey.CompareTo("a_") >= 0 && e.RowKey.CompareTo("a`") < 0))
        {
            if (row.RowKey.StartsWith("a_", StringComparison.Ordinal))
            {
                rows.Add(new Listed(row.GetString("Id"), row.GetString("Status"), row.GetInt32("Version") ?? 0));
            }
        }

        return rows;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not hold in time.");
            }

            await Task.Delay(250);
        }
    }
}
