using System.Net;
using Azure.Storage.Blobs;
using Summarizer.Cli.Tests.Hosting;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;
using Summarizer.Testing.Browser;

namespace Summarizer.Cli.Tests.Api;

/// <summary>Who is signed in, and Delete with its confirmation, on the browse page against <c>serve</c>.</summary>
public sealed class BrowsePageDeleteTests : IAsyncLifetime
{
    private LocalPipeline _pipeline = null!;
    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync()
    {
        _pipeline = await LocalPipeline.StartAsync();
        _chromium = await HeadlessChromium.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _pipeline.DisposeAsync();
    }

    [Fact]
    public async Task Page_ShowsTheLocalCaller_AndDeleteAfterConfirmingTakesTheArticleAway()
    {
        using var posted = await _pipeline.Http.PostAsync("api/articles?name=harbour.txt", new StringContent(
            "Harbour wall repaired\n\nThe harbour wall was repaired over the winter. Boats returned to the inner basin on Friday."));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var id = ArticleId.FromBlobName("harbour.txt");
        await _pipeline.WaitForStatusAsync(id, ArticleStatus.Summarized);
        var tab = await _chromium.OpenAsync();
        tab.ConfirmAnswer = false;
        await tab.GoToAsync(new Uri(_pipeline.BaseAddress, "api/ui#" + id));
        await tab.WaitForAsync("document.querySelector('#delete') !== null && document.querySelector('#who-name') !== null");
        Assert.Equal("Signed in as local (no sign-in)", await tab.EvaluateAsync<string>("document.querySelector('#who').textContent"));

        await tab.Page.ClickAsync("#delete");
        await tab.WaitForAsync("document.querySelector('#delete') !== null");
        Assert.Contains("Harbour wall repaired", Assert.Single(tab.Confirms), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _pipeline.Http.GetAsync($"api/summaries/{id}")).StatusCode);

        tab.ConfirmAnswer = true;
        await tab.Page.ClickAsync("#delete");

        await tab.WaitForAsync("document.querySelector('#deleted') !== null");
        Assert.Equal(0, await tab.EvaluateAsync<int>($"document.querySelectorAll('#list li[data-id=\"{id}\"]').length"));
        Assert.Equal(HttpStatusCode.NotFound, (await _pipeline.Http.GetAsync($"api/summaries/{id}")).StatusCode);
        Assert.False((await new BlobContainerClient(_pipeline.Azurite.ConnectionString, StorageNames.ArticlesContainer).GetBlobClient("harbour.txt").ExistsAsync()).Value);
        await tab.GoToAsync(new Uri(_pipeline.BaseAddress, "api/ui"));
        await tab.WaitForAsync("document.querySelector('#who-name') !== null && document.querySelector('#count').textContent !== ''");
        Assert.Equal(0, await tab.EvaluateAsync<int>($"document.querySelectorAll('#list li[data-id=\"{id}\"]').length"));
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task Page_WherePlatformSignInKnowsNobody_ShowsTheSignInLink_AndAsksForNoKey()
    {
        var tab = await _chromium.OpenAsync();
        var asked = new List<string>();
        await tab.Page.SetRequestInterceptionAsync(true);
        tab.Page.Request += async (_, e) =>
        {
            asked.Add(new Uri(e.Request.Url).AbsolutePath);
            if (e.Request.Url.EndsWith("/.auth/me", StringComparison.Ordinal))
            {
                // As App Service Authentication answers for a browser with no session.
                await e.Request.RespondAsync(new PuppeteerSharp.ResponseData { Status = HttpStatusCode.Unauthorized, Body = "" });
                return;
            }

            await e.Request.ContinueAsync();
        };

        await tab.GoToAsync(new Uri(_pipeline.BaseAddress, "api/ui"));
        await tab.WaitForAsync("document.querySelector('#sign-in') !== null");

        Assert.StartsWith("Not signed in", await tab.EvaluateAsync<string>("document.querySelector('#who').textContent"), StringComparison.Ordinal);
        Assert.StartsWith("/.auth/login/aad?post_login_redirect_uri=", await tab.EvaluateAsync<string>("document.querySelector('#sign-in').getAttribute('href')"), StringComparison.Ordinal);
        Assert.True(await tab.EvaluateAsync<bool>("document.querySelector('#key-form').hidden"));
        Assert.DoesNotContain("/api/summaries", asked);
        Assert.Empty(tab.Errors);
    }
}
