using System.Net;
using Summarizer.Core.Articles;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Api;

/// <summary>An offline fallback summary on the browse page, against a <c>serve</c> whose chat model refuses the article once.</summary>
public sealed class BrowsePageFallbackTests : IAsyncLifetime
{
    private ChatModelBrowsePage _page = null!;

    public async Task InitializeAsync() => _page = await ChatModelBrowsePage.StartAsync([]);

    public async Task DisposeAsync() => await _page.DisposeAsync();

    [Fact]
    public async Task OfflineSummary_IsMarkedWithItsReason_AndTheButtonSendsItToTheModelAgain()
    {
        _page.Model.Enqueue(new LoopbackModelServerResponse
        {
            Status = HttpStatusCode.BadRequest,
            RawBody = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "tests", "Summarizer.Testing", "TestData", "azure-content-filter-400.json")),
        });
        _page.Model.Fallback = ChatModelBrowsePage.CouncilAnswer;
        using var posted = await _page.Pipeline.Http.PostAsync("api/articles?name=council.txt", new StringContent(ChatModelBrowsePage.CouncilArticle));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var id = ArticleId.FromBlobName("council.txt");
        var offline = await _page.Pipeline.WaitForStatusAsync(id, ArticleStatus.Summarized);
        var reason = offline.GetProperty("fallbackReason").GetString()!;
        var tab = await _page.Chromium.OpenAsync();

        await tab.GoToAsync(new Uri(_page.Pipeline.BaseAddress, "api/ui#" + id));

        await tab.WaitForAsync("document.querySelector('main .panel.fallback button') !== null");
        Assert.Equal("Offline summary: " + reason, await tab.EvaluateAsync<string>("document.querySelector('main .panel.fallback p').textContent"));
        Assert.Equal("offline", await tab.EvaluateAsync<string>($"document.querySelector('#list li[data-id=\"{id}\"] .badge.offline').textContent"));
        Assert.True(await tab.EvaluateAsync<bool>("document.querySelector('#summary .tldr, #summary p') !== null"));

        await tab.Page.ClickAsync("main .panel.fallback button");

        await tab.WaitForAsync($"document.querySelector('#list li[data-id=\"{id}\"] .status')?.textContent === 'summarized' && !document.querySelector('#list li[data-id=\"{id}\"] .badge')", TimeSpan.FromSeconds(60));
        await tab.WaitForAsync("document.querySelectorAll('.points li').length === 3 && !document.querySelector('main .panel.fallback')");
        Assert.Equal(2, _page.Model.Requests.Count);
        Assert.Empty(tab.Errors);
    }
}
