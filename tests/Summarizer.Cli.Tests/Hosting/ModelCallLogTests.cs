using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Summarizer.Cli.Emulator;
using Summarizer.Core.Articles;

namespace Summarizer.Cli.Tests.Hosting;

public sealed class ModelCallLogTests
{
    [Fact]
    public async Task Serve_LogsTheGenAISpanOfEachModelCall()
    {
        var deployment = "logged-" + Guid.NewGuid().ToString("N")[..8];
        await using var model = await ModelEmulator.StartAsync();
        await using var pipeline = await LocalPipeline.StartAsync(new Dictionary<string, string?>
        {
            ["Summarization:Provider"] = "AzureOpenAI",
            ["Summarization:Endpoint"] = model.BaseUri.ToString(),
            ["Summarization:Deployment"] = deployment,
            ["Summarization:ApiKey"] = "key",
        });
        using var upload = await pipeline.Http.PostAsync("api/articles?name=logged.txt", new StringContent(
            "Bridge opens\n\nThe new bridge opened on Monday. It took two years to build. Buses use it from June. Cyclists get a lane of their own."));
        var id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var summarized = await pipeline.WaitForStatusAsync(id, ArticleStatus.Summarized);

        var line = Assert.Single(pipeline.Logs.Entries, e => e.Level == LogLevel.Information && e.Message.StartsWith($"Model call chat {deployment}: ", StringComparison.Ordinal));
        var prompt = summarized.GetProperty("promptTokens").GetInt32();
        var completion = summarized.GetProperty("completionTokens").GetInt32();
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(line.Message, $@" ms, {prompt} input and {completion} output tokens, finish stop$"), line.Message);
    }
}
