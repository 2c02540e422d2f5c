using System.Net;
using Summarizer.Cli.Tests.Hosting;
using Summarizer.Core.Articles;
using Summarizer.Testing;
using Summarizer.Testing.Browser;

namespace Summarizer.Cli.Tests.Api;

/// <summary>An offline fallback summary on the browse page, against a <c>serve</c> whose chat model refuses the article once.</summary>
public sealed class BrowsePageFallbackTests : IAsyncLifetime
{
    private LoopbackModelServer _model = null!;
    private LocalPipeline _pipeline = null!;
    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync()
    {
        _model = await LoopbackModelServer.StartAsync();
        _pipeline = await LocalPipeline.StartAsync(new Dictionary<string, string?>
        {
            ["Summarization:Provider"] = "OpenAI",
            ["Summarization:BaseUrl"] = _model.OpenAIBaseUrl.ToString(),
            ["Summarization:ApiKey"] = "test-key",
            ["Summarization:Model"] = "gpt-4o-mini",
            ["Summarization:MaxRetries"] = "0",
        });
        _chromium = await HeadlessChromium.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _pipeline.DisposeAsync();
        await _model.DisposeAsync();
    }

    [Fact]
    public async Task OfflineSummary_IsMarkedWithItsReason_AndTheButtonSendsItToTheModelAgain()
    {
        _model.Enqueue(new LoopbackModelServerResponse
        {
            Status = HttpStatusCode.BadRequest,
            RawBody = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "tests", "Summarizer.Testing", "TestData", "azure-content-filter-400.json")),
        });
        _model.Fallback = LoopbackModelServerResponse.Answer(
            "{\"tldr\": \"The council agreed a budget.\", \"summary\": \"The council agreed a budget with more for roads and schools.\", \"keyPoints\": [" +
            "{\"text\": \"The council met on Monday.\", \"sentences\": [1]}, {\"text\": \"More money goes to roads and schools.\", \"sentences\": [2]}, " +
            "{\"text\": \"The plan is final by March.\", \"sentences\": [3]}]}");
        using var posted = await _pipeline.Http.PostAsync("api/articles?name=council.txt", new StringContent(
            "Council agrees budget\n\nThe council met on Monday to discuss the new budget. Members agreed to spend more on roads and schools next year. " +
            "The mayor said the plan would be final by March. Residents can comment until the end of the month."));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var id = ArticleId.FromBlobName("council.txt");
        var offline = await _pipeline.WaitForStatusAsync(id, ArticleStatus.Summarized);
        var reason = offline.GetProperty("fallbackReason").GetString()!;
        var tab = await _chromium.OpenAsync();

        await tab.GoToAsync(new Uri(_pipeline.BaseAddress, "api/ui#" + id));

        await tab.WaitForAsync("document.querySelector('main .panel.fallback button') !== null");
        Assert.Equal("Offline summary: " + reason, await tab.EvaluateAsync<string>("document.querySelector('main .panel.fallback p').textContent"));
        Assert.Equal("offline", await tab.EvaluateAsync<string>($"document.querySelector('#list li[data-id=\"{id}\"] .badge.offline').textContent"));
        Assert.True(await tab.EvaluateAsync<bool>("document.querySelector('#summary .tldr, #summary p') !== null"));

        await tab.Page.ClickAsync("main .panel.fallback button");

        await tab.WaitForAsync($"document.querySelector('#list li[data-id=\"{id}\"] .status')?.textContent === 'summarized' && !document.querySelector('#list li[data-id=\"{id}\"] .badge')", TimeSpan.FromSeconds(60));
        await tab.WaitForAsync("document.querySelectorAll('.points li').length === 3 && !document.querySelector('main .panel.fallback')");
        Assert.Equal(2, _model.Requests.Count);
        Assert.Empty(tab.Errors);
    }
}
