using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Queues;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;
using Summarizer.Testing;
using Summarizer.Testing.Hosts;

namespace Summarizer.Functions.Tests;

/// <summary>A model that fails every call, under the Functions host's own redelivery and poison rules (host.json).</summary>
[Collection(FunctionsHostGroup.Name)]
public sealed class PoisonAndRetryTests(FunctionsHostFixture host)
{
    [SkippableFact]
    public async Task FailingModel_MarksTheArticleFailedAfterMaxDequeueCount_PoisonsTheMessage_ThenRetrySummarizes()
    {
        Skip.If(host.UnavailableReason is not null, host.UnavailableReason);
        await using var model = await LoopbackModelServer.StartAsync();
        await using var pipeline = await FunctionsPipeline.StartAsync(host.Location!, new Dictionary<string, string?>
        {
            ["Summarization__Provider"] = "OpenAI",
            ["Summarization__BaseUrl"] = model.OpenAIBaseUrl.ToString(),
            ["Summarization__ApiKey"] = "test-key",
            ["Summarization__Model"] = "gpt-4o-mini",
            ["Summarization__MaxRetries"] = "1",
            ["Summarization__RetryDelay"] = "00:00:00.050",
            // host.json's maxDequeueCount (5) stays; only the wait between deliveries is cut short.
            ["AzureFunctionsJobHost__extensions__queues__visibilityTimeout"] = "00:00:01",
        });
        using var upload = await pipeline.Http.PostAsync("api/articles?name=model-down.txt", new StringContent(
            "Budget agreed\n\nThe council met on Monday to agree the budget. Members spent more on roads and schools. The plan is final by March."));
        var id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var failed = await pipeline.Http.WaitForStatusAsync(id, ArticleStatus.Failed, TimeSpan.FromSeconds(180));

        Assert.Contains("5 attempts", failed.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(10, model.Requests.Count);
        var poison = new QueueClient(pipeline.Azurite.ConnectionString, StorageNames.SummarizePoisonQueue);
        await WaitUntilAsync(async () => (await poison.GetPropertiesAsync()).Value.ApproximateMessagesCount == 1);

        model.Responder = _ => LoopbackModelServerResponse.Answer(
            "{\"summary\": \"The council agreed a budget with more for roads and schools.\", \"keyPoints\": [" +
            "{\"text\": \"The council met on Monday.\", \"sentences\": [1]}, {\"text\": \"More money goes to roads and schools.\", \"sentences\": [2]}, " +
            "{\"text\": \"The plan is final by March.\", \"sentences\": [3]}]}");
        using var retry = await pipeline.Http.PostAsync($"api/summaries/{id}/retry", null);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);

        var summarized = await pipeline.Http.WaitForStatusAsync(id, ArticleStatus.Summarized);
        Assert.Equal("OpenAI", summarized.GetProperty("provider").GetString());
        Assert.Equal(3, summarized.GetProperty("keyPoints").GetArrayLength());
        Assert.False(summarized.TryGetProperty("error", out _));

        var processes = pipeline.Server.ProcessIds();
        Assert.True(processes.Count >= 2, "the host runs its worker as a child process");
        await pipeline.DisposeAsync();
        Assert.All(processes, id => Assert.False(IsRunning(id), $"process {id} outlived the host"));
    }

    private static bool IsRunning(int id)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold in time.");
            await Task.Delay(250);
        }
    }
}
