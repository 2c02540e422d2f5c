using Summarizer.Testing.Browser;

namespace Summarizer.Functions.Tests;

/// <summary>The browse page in headless Chromium under the Functions host, where every data route needs a function key.</summary>
[Collection(FunctionsHostGroup.Name)]
public sealed class BrowsePageKeyTests(FunctionsHostFixture host)
{
    [SkippableFact]
    public async Task Page_AsksForTheKeyOn401_SaysWhenItIsRefused_ThenKeepsTheRightOneForTheTab()
    {
        Skip.If(host.UnavailableReason is not null, host.UnavailableReason);
        Skip.If(host.Location!.IsCoreTools, "Core Tools enforces no keys locally.");
        await using var chromium = await HeadlessChromium.StartAsync();
        var tab = await chromium.OpenAsync();

        await tab.GoToAsync(new Uri(host.Pipeline.Server.BaseAddress, "api/ui"));

        await tab.WaitForAsync("!document.querySelector('#key-form').hidden");
        Assert.Contains("needs a function key", await tab.EvaluateAsync<string>("document.querySelector('#notice-text').textContent"), StringComparison.Ordinal);
        await tab.Page.TypeAsync("#key", "not-the-key");
        await tab.Page.ClickAsync("#key-form button");
        await tab.WaitForAsync("document.querySelector('#notice-text').textContent.includes('refused the function key')");
        await tab.Page.TypeAsync("#key", host.Pipeline.Server.AccessKey);
        await tab.Page.ClickAsync("#key-form button");
        await tab.WaitForAsync("/^[0-9]+ articles?\\+?$/.test(document.querySelector('#count').textContent)");

        Assert.True(await tab.EvaluateAsync<bool>("document.querySelector('#notice').hidden"));
        Assert.Equal(host.Pipeline.Server.AccessKey, await tab.EvaluateAsync<string>("sessionStorage.getItem('summarizer.functionKey')"));
        await tab.GoToAsync(new Uri(host.Pipeline.Server.BaseAddress, "api/ui#stats"));
        await tab.WaitForAsync("document.querySelector('dd[data-status=\"summarized\"]') !== null");
        Assert.True(await tab.EvaluateAsync<bool>("document.querySelector('#key-form').hidden"), "The key was asked for again.");
        Assert.Empty(tab.Errors);
    }
}
