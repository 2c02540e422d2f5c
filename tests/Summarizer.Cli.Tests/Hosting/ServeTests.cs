using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Hosting;

public sealed class ServeTests : IAsyncLifetime
{
    private LocalPipeline _pipeline = null!;

    private HttpClient Http => _pipeline.Http;

    public async Task InitializeAsync() => _pipeline = await LocalPipeline.StartAsync();

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public async Task Serve_SummarizesTheSeedPostedThroughTheApi()
    {
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(RepositoryPaths.SeedArticle));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var response = await Http.PostAsync("api/articles?name=us-strikes.txt", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = accepted.GetProperty("id").GetString()!;
        Assert.Equal($"/api/summaries/{id}", response.Headers.Location?.OriginalString);

        var summary = await _pipeline.WaitForStatusAsync(id, ArticleStatus.Summarized);
        Assert.Equal("US hits hard at militias in Iraq and Syria, retaliating for fatal drone attack", summary.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(summary.GetProperty("summary").GetString()));
        Assert.True(summary.GetProperty("keyPoints").GetArrayLength() >= 3);

        var cleaned = await Http.GetFromJsonAsync<JsonElement>($"api/articles/{id}/cleaned");
        Assert.Contains("Lt. Gen. Douglas Sims", cleaned.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_PicksUpABlobUploadedStraightIntoStorage()
    {
        var blobs = new BlobContainerClient(_pipeline.Azurite.ConnectionString, StorageNames.ArticlesContainer);
        await blobs.GetBlobClient("direct/upload.md").UploadAsync(new BinaryData("# A direct upload\n\nThe council approved the new bridge on Monday. Work starts in May and ends next year."));

        var summary = await _pipeline.WaitForStatusAsync(ArticleId.FromBlobName("direct/upload.md"), ArticleStatus.Summarized);

        Assert.Contains("bridge", summary.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_RejectsEmptyBinaryAndOversizedBlobs_KeepsThem_AndKeepsRunning()
    {
        var blobs = new BlobContainerClient(_pipeline.Azurite.ConnectionString, StorageNames.ArticlesContainer);
        await blobs.GetBlobClient("empty.txt").UploadAsync(new BinaryData(Array.Empty<byte>()));
        await blobs.GetBlobClient("image.html").UploadAsync(new BinaryData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }));
        await blobs.GetBlobClient("huge.txt").UploadAsync(new BinaryData(new byte[(10 * 1024 * 1024) + 1]));

        foreach (var name in new[] { "empty.txt", "image.html", "huge.txt" })
        {
            var entry = await _pipeline.WaitForStatusAsync(ArticleId.FromBlobName(name), ArticleStatus.Rejected);
            Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("error").GetString()), name);
            Assert.True(await blobs.GetBlobClient(name).ExistsAsync(), name);
        }

        using var health = await Http.GetAsync("api/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Serve_ReuploadOfIdenticalContent_IsNotSummarizedAgain_ButNewContentIs()
    {
        var id = await PostAsync("again.txt", "Storm closes schools\n\nSchools across the county closed on Tuesday as the storm arrived. Officials expect them to reopen on Thursday.");
        var first = await _pipeline.WaitForStatusAsync(id, ArticleStatus.Summarized);

        await PostAsync("again.txt", "Storm closes schools\n\nSchools across the county closed on Tuesday as the storm arrived. Officials expect them to reopen on Thursday.");

        // The new blob version is looked at (and found already done) before the row is checked.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (_pipeline.Logs.Count(LogLevel.Information, $"Clean stage: article {id} from blob again.txt: AlreadyProcessed") == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The re-upload was never looked at.");
            await Task.Delay(100);
        }

        var same = await Http.GetFromJsonAsync<JsonElement>($"api/summaries/{id}");
        Assert.Equal(1, same.GetProperty("version").GetInt32());
        Assert.Equal(first.GetProperty("summarizedAt").GetDateTimeOffset(), same.GetProperty("summarizedAt").GetDateTimeOffset());

        await PostAsync("again.txt", "Storm leaves county\n\nThe storm moved east overnight and schools reopened on Wednesday, a day early.");
        var second = await _pipeline.WaitForAsync(id, e => e.GetProperty("version").GetInt32() == 2 && e.GetProperty("status").GetString() == ArticleStatus.Summarized);
        Assert.Equal("Storm leaves county", second.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Serve_AfterRestart_ResumesWorkLeftPending()
    {
        await _pipeline.StopHostAsync();
        var blobs = new BlobContainerClient(_pipeline.Azurite.ConnectionString, StorageNames.ArticlesContainer);
        var names = Enumerable.Range(1, 3).Select(i => $"while-down-{i}.txt").ToList();
        foreach (var name in names)
        {
            await blobs.GetBlobClient(name).UploadAsync(new BinaryData($"Article {name}\n\nThe first sentence of {name} is here. A second sentence follows it."));
        }

        await _pipeline.StartHostAsync();

        foreach (var name in names)
        {
            await _pipeline.WaitForStatusAsync(ArticleId.FromBlobName(name), ArticleStatus.Summarized);
        }
    }

    [Fact]
    public async Task Serve_AfterRestart_DropsARedeliveredMessage_WithoutSummarizingAgain()
    {
        var id = await PostAsync("queued.txt", "Bridge reopens\n\nThe old bridge reopened to traffic on Friday after repairs. Drivers had used a detour for six months.");
        var before = await _pipeline.WaitForStatusAsync(id, ArticleStatus.Summarized);
        var cleaned = await Http.GetFromJsonAsync<JsonElement>($"api/articles/{id}/cleaned");
        await _pipeline.StopHostAsync();

        // Another delivery of the same work, as after a crash between the summary and the delete.
        var queue = new QueueClient(_pipeline.Azurite.ConnectionString, StorageNames.SummarizeQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var duplicate = new SummarizeRequest(id, cleaned.GetProperty("version").GetInt32(), cleaned.GetProperty("contentHash").GetString()!);
        await queue.SendMessageAsync(SummarizeQueue.Serialize(duplicate));
        await _pipeline.StartHostAsync();
        await WaitForEmptyQueueAsync(queue);

        var after = await Http.GetFromJsonAsync<JsonElement>($"api/summaries/{id}");
        Assert.Equal(before.GetProperty("summarizedAt").GetDateTimeOffset(), after.GetProperty("summarizedAt").GetDateTimeOffset());
        Assert.Equal(ArticleStatus.Summarized, after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Serve_ListsSummariesNewestFirst_WithPaging()
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Insert(0, await PostAsync($"list-{i}.txt", $"Headline {i}\n\nStory number {i} has one sentence. It has another one too."));
            await Task.Delay(20);
        }

        var page1 = await Http.GetFromJsonAsync<JsonElement>("api/summaries?top=2");
        var token = page1.GetProperty("continuationToken").GetString();
        var page2 = await Http.GetFromJsonAsync<JsonElement>($"api/summaries?top=2&continuationToken={Uri.EscapeDataString(token!)}");

        var listed = page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray())
            .Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids, listed);
        Assert.False(page2.TryGetProperty("continuationToken", out _));

        foreach (var id in ids)
        {
            await _pipeline.WaitForStatusAsync(id, ArticleStatus.Summarized);
        }

        var summarized = await Http.GetFromJsonAsync<JsonElement>("api/summaries?top=100&status=summarized");
        Assert.Equal(ids, summarized.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Where(ids.Contains));
        var pending = await Http.GetFromJsonAsync<JsonElement>("api/summaries?top=100&status=pending");
        Assert.DoesNotContain(pending.GetProperty("items").EnumerateArray(), e => ids.Contains(e.GetProperty("id").GetString()!));
        using var unknown = await Http.GetAsync("api/summaries?status=done");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Serve_AnswersErrorsAsProblemJson()
    {
        using var missing = await Http.GetAsync("api/summaries/unknown-000000000000");
        using var invalid = await Http.GetAsync("api/summaries/BAD'ID");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string> PostAsync(string name, string text)
    {
        using var content = new StringContent(text);
        using var response = await Http.PostAsync($"api/articles?name={Uri.EscapeDataString(name)}", content);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task WaitForEmptyQueueAsync(QueueClient queue)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            Azure.Storage.Queues.Models.QueueProperties properties = await queue.GetPropertiesAsync();
            if (properties.ApproximateMessagesCount == 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The summarize queue did not drain.");
    }
}
