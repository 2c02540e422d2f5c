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
