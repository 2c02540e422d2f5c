using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Summarizer.Core.Articles;
using Summarizer.Testing.Hosts;

namespace Summarizer.Functions.Tests;

/// <summary>Under the Functions host every data route, reads included, needs a function key; health and the page do not.</summary>
[Collection(FunctionsHostGroup.Name)]
public sealed class FunctionKeyTests(FunctionsHostFixture host)
{
    [SkippableFact]
    public async Task DataRoutes_WithoutAKey_Answer401()
    {
        RequireKeys();
        var id = await UploadAsync("keys-anonymous.txt");
        var requests = new (HttpMethod Method, string Path)[]
        {
            (HttpMethod.Post, "api/articles?name=keys-refused.txt"),
            (HttpMethod.Get, "api/summaries"),
            (HttpMethod.Get, $"api/summaries/{id}"),
            (HttpMethod.Post, $"api/summaries/{id}/retry"),
            (HttpMethod.Get, $"api/articles/{id}/cleaned"),
        };

        foreach (var (method, path) in requests)
        {
            using var request = new HttpRequestMessage(method, path) { Content = method == HttpMethod.Post ? new StringContent("Refused\n\nNo key.") : null };
            using var response = await host.Pipeline.Anonymous.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path}: {(int)response.StatusCode}");
        }
    }

    [SkippableFact]
    public async Task HealthAndPage_NeedNoKey()
    {
        RequireKeys();
        using var health = await host.Pipeline.Anonymous.GetAsync("api/health");
        using var page = await host.Pipeline.Anonymous.GetAsync("api/ui");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [SkippableFact]
    public async Task DataRoutes_WithTheKeyInTheHeaderOrTheQuery_Answer()
    {
        RequireKeys();
        var key = Uri.EscapeDataString(host.Pipeline.Server.AccessKey);
        var id = await UploadAsync("keys-header.txt");
        using (var byQuery = await host.Pipeline.Anonymous.PostAsync($"api/articles?name=keys-query.txt&code={key}", new StringContent("Query key\n\nThe key came in the query string. It was accepted.")))
        {
            Assert.Equal(HttpStatusCode.Accepted, byQuery.StatusCode);
        }

        await host.Http.WaitForStatusAsync(id, ArticleStatus.Summarized);
        foreach (var path in new[] { "api/summaries", $"api/summaries/{id}", $"api/articles/{id}/cleaned" })
        {
            using var byHeader = await host.Http.GetAsync(path);
            using var byCode = await host.Pipeline.Anonymous.GetAsync($"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}code={key}");
            Assert.True(byHeader.StatusCode == HttpStatusCode.OK, $"{path} with x-functions-key: {(int)byHeader.StatusCode}");
            Assert.True(byCode.StatusCode == HttpStatusCode.OK, $"{path} with code=: {(int)byCode.StatusCode}");
        }
    }

    private void RequireKeys()
    {
        Skip.If(host.UnavailableReason is not null, host.UnavailableReason);
        Skip.If(host.Location!.IsCoreTools, "Core Tools enforces no keys locally.");
    }

    private async Task<string> UploadAsync(string name)
    {
        using var response = await host.Http.PostAsync($"api/articles?name={name}", new StringContent($"Keys {name}\n\nThis article was sent with the function key. It is summarized like any other."));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
