using System.Net;
using Summarizer.Cli.Tests.Hosting;
using Summarizer.Core.Articles;
using Summarizer.Testing;
using Summarizer.Testing.Browser;

namespace Summarizer.Cli.Tests.Api;

/// <summary>
/// A failed article on the browse page, against a <c>serve</c> without the offline fallback whose chat model answers 500
/// until it is fixed, and a one-second retry window.
/// </summary>
public sealed class BrowsePageRetryTests : IAsyncLifetime
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
            ["Summarization:Fallback"] = "None",
            ["Summarization:TransientRetryWindow"] = "00:00:01",
            ["Summarization:TransientRetryDelay"] = "00:00:00.200",
            ["Summarization:TransientRetryMaxDelay"] = "00:00:00.500",
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
    public async Task FailedArticle_ShowsItsError_AndRetryOnThePageBringsItToSummarized()
    {
        _model.Fallback = LoopbackModelServerResponse.ServerError();
        using var posted = await _pipeline.Http.PostAsync("api/articles?name=council.txt", new StringContent(
            "Council agrees budget\n\nThe council met on Monday to discuss the new budget. Members agreed to spend more on roads and schools next year. " +
            "The mayor said the plan would be final by March. Residents can comment until the end of the month."));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var id = ArticleId.FromBlobName("council.txt");
        var failed = await _pipeline.WaitForStatusAsync(id, ArticleStatus.Failed);
        var tab = await _chromium.OpenAsync();
        await tab.GoToAsync(new Uri(_pipeline.BaseAddress, "api/ui#" + id));
        await tab.WaitForAsync("document.querySelector('main .panel button') !== null");
        Assert.Contains(failed.GetProperty("error").GetString()!, await tab.EvaluateAsync<string>("document.querySelector('main .panel').textContent"), StringComparison.Ordinal);
        _model.Fallback = LoopbackModelServerResponse.Answer(
            "{\"tldr\": \"The council agreed a budget.\", \"summary\": \"The council agreed a budget with more for roads and schools.\", \"keyPoints\": [" +
            "{\"text\": \"The council met on Monday.\", \"sentences\": [1]}, {\"text\": \"More money goes to roads and schools.\", \"sentences\": [2]}, " +
            "{\"text\": \"The plan is final by March.\", \"sentences\": [3]}]}");

        await tab.Page.ClickAsync("main .panel button");

        await tab.WaitForAsync($"document.querySelector('#list li[data-id=\"{id}\"] .status')?.textContent === 'summarized'", TimeSpan.FromSeconds(60));
        await tab.WaitForAsync("document.querySelectorAll('.points li').length === 3");
        Assert.Equal(0, await tab.EvaluateAsync<int>("document.querySelectorAll('main .panel').length"));
        Assert.Contains(_model.Requests, r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal));
        Assert.Empty(tab.Errors);
    }
}
