using System.Net;
using Summarizer.Core.Articles;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Api;

/// <summary>
/// A failed article on the browse page, against a <c>serve</c> without the offline fallback whose chat model answers 500
/// until it is fixed, and a one-second retry window.
/// </summary>
public sealed class BrowsePageRetryTests : IAsyncLifetime
{
    private ChatModelBrowsePage _page = null!;

    public async Task InitializeAsync() => _page = await ChatModelBrowsePage.StartAsync(new Dictionary<string, string?>
    {
        ["Summarization:Fallback"] = "None",
        ["Summarization:TransientRetryWindow"] = "00:00:01",
        ["Summarization:TransientRetryDelay"] = "00:00:00.200",
        ["Summarization:TransientRetryMaxDelay"] = "00:00:00.500",
    });

    public async Task DisposeAsync() => await _page.DisposeAsync();

    [Fact]
    public async Task FailedArticle_ShowsItsError_AndRetryOnThePageBringsItToSummarized()
    {
        _page.Model.Fallback = LoopbackModelServerResponse.ServerError();
        using var posted = await _page.Pipeline.Http.PostAsync("api/articles?name=council.txt", new StringContent(ChatModelBrowsePage.CouncilArticle));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var id = ArticleId.FromBlobName("council.txt");
        var failed = await _page.Pipeline.WaitForStatusAsync(id, ArticleStatus.Failed);
        var tab = await _page.Chromium.OpenAsync();
        await tab.GoToAsync(new Uri(_page.Pipeline.BaseAddress, "api/ui#" + id));
        await tab.WaitForAsync("document.querySelector('main .panel button') !== null");
        Assert.Contains(failed.GetProperty("error").GetString()!, await tab.EvaluateAsync<string>("document.querySelector('main .panel').textContent"), StringComparison.Ordinal);
        _page.Model.Fallback = ChatModelBrowsePage.CouncilAnswer;

        await tab.Page.ClickAsync("main .panel button");

        await tab.WaitForAsync($"document.querySelector('#list li[data-id=\"{id}\"] .status')?.textContent === 'summarized'", TimeSpan.FromSeconds(60));
        await tab.WaitForAsync("document.querySelectorAll('.points li').length === 3");
        Assert.Equal(0, await tab.EvaluateAsync<int>("document.querySelectorAll('main .panel').length"));
        Assert.Contains(_page.Model.Requests, r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal));
        Assert.Empty(tab.Errors);
    }
}
