using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Summarizer.Core.Api;

namespace Summarizer.Functions.Tests;

/// <summary>The browse page's routes under the Functions host: its script needs no key, the dashboard's figures do.</summary>
[Collection(FunctionsHostGroup.Name)]
public sealed class BrowsePageRouteTests(FunctionsHostFixture host)
{
    [SkippableFact]
    public async Task PageScript_NeedsNoKey_AndCarriesThePagesPolicy()
    {
        Skip.If(host.UnavailableReason is not null, host.UnavailableReason);

        using var page = await host.Pipeline.Anonymous.GetAsync("api/ui");
        using var script = await host.Pipeline.Anonymous.GetAsync("api/ui/app.js");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ArticleApi.BrowsePagePolicy, string.Join(";", page.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(ArticleApi.BrowsePagePolicy, string.Join(";", script.Headers.GetValues("Content-Security-Policy")));
    }

    [SkippableFact]
    public async Task Stats_AnswerWithCountsByStatus_OnlyWithAKey()
    {
        Skip.If(host.UnavailableReason is not null, host.UnavailableReason);

        using var anonymous = await host.Pipeline.Anonymous.GetAsync("api/stats");
        var stats = await host.Http.GetFromJsonAsync<JsonElement>("api/stats");

        if (!host.Location!.IsCoreTools)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        Assert.True(stats.GetProperty("counts").TryGetProperty("summarized", out _));
        Assert.Equal(24, stats.GetProperty("summarizedPerHour").GetArrayLength());
    }
}
