using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core.Access;
using Summarizer.Core.Api;
using Summarizer.Core.Articles;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;
using Summarizer.Core.Tests.TestInfrastructure;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Api;

[Collection(AzuriteTestGroup.Name)]
public sealed class UrlUploadTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Page = "<html><head><title>Harbour bridge reopens</title></head><body><article><h1>Harbour bridge reopens</h1>" +
        "<p>The harbour bridge reopened on Thursday after a repair that took two years, and drivers pay the same toll as before.</p>" +
        "<p>The council said the work finished on budget and thanked residents for their patience during the closures.</p></article></body></html>";

    private LoopbackPageServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackPageServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://127.0.0.1:10000/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("file:///etc/passwd")]
    public async Task Upload_JsonUrlToInternalAddressIs400ByDefault(string url)
    {
        await using var services = await PipelineServices.CreateAsync(azurite.ConnectionString);

        var response = await services.GetRequiredService<ArticleApi>().UploadAsync(Caller.Local, null, "application/json", Json(new { url }), default);

        Assert.Equal(400, response.StatusCode);
        Assert.StartsWith("application/problem+json", response.ContentType, StringComparison.Ordinal);
        Assert.Contains("URL refused", Encoding.UTF8.GetString(response.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_JsonUrlToLoopbackIs400ByDefault_AndNothingIsFetched()
    {
        _server.Page("article", Page);
        await using var services = await PipelineServices.CreateAsync(azurite.ConnectionString);

        var response = await services.GetRequiredService<ArticleApi>().UploadAsync(Caller.Local, null, "application/json", Json(new { url = _server.Url("article") }), default);

        Assert.Equal(400, response.StatusCode);
        Assert.Empty(_server.RequestedPaths);
    }

    [Fact]
    public async Task Upload_JsonUrl_StoresThePageAndCleansItWithTheUrlAfterRedirects()
    {
        _server.Page("article", Page);
        _server.Redirect("short", "/article");
        await using var services = await LoopbackServicesAsync();
        var name = PipelineServices.UniqueName("by-url", ".html");

        var response = await services.GetRequiredService<ArticleApi>().UploadAsync(Caller.Local, null, "application/json", Json(new { url = _server.Url("short"), name }), default);

        Assert.Equal(202, response.StatusCode);
        using var json = JsonDocument.Parse(response.Body);
        Assert.Equal(ArticleStatus.Pending, json.RootElement.GetProperty("status").GetString());
        Assert.Equal(name, json.RootElement.GetProperty("name").GetString());
        Assert.Equal(CleanOutcome.Cleaned, await services.GetRequiredService<CleanArticleHandler>().HandleAsync(name, default));
        var cleaned = await services.GetRequiredService<ArticleDocumentStore>().GetCleanedAsync(ArticleId.FromBlobName(name), default);
        Assert.Equal(_server.Url("article").AbsoluteUri, cleaned!.Article.Url);
        Assert.Equal("Harbour bridge reopens", cleaned.Article.Title);
        Assert.Equal(_server.Url("article").AbsoluteUri, (await services.GetRequiredService<ArticleBlobStore>().GetAsync(name, default))!.SourceUrl);
    }

    [Fact]
    public async Task Upload_JsonUrlWhoseFetchFails_IsRecordedRejectedWithTheReason()
    {
        await using var services = await LoopbackServicesAsync();
        var name = PipelineServices.UniqueName("missing", ".html");

        var response = await services.GetRequiredService<ArticleApi>().UploadUrlAsync(Caller.Local, _server.Url("missing").AbsoluteUri, name, default);

        Assert.Equal(202, response.StatusCode);
        using var json = JsonDocument.Parse(response.Body);
        Assert.Equal(ArticleStatus.Rejected, json.RootElement.GetProperty("status").GetString());
        var entry = await services.GetRequiredService<ArticleIndex>().GetAsync(ArticleId.FromBlobName(name), default);
        Assert.Equal(ArticleStatus.Rejected, entry!.Status);
        Assert.Contains("404", entry.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[\"https://example.org/\"]")]
    [InlineData("{\"name\": \"no-url.html\"}")]
    public async Task Upload_JsonBodyWithoutUrlIs400(string body)
    {
        await using var services = await PipelineServices.CreateAsync(azurite.ConnectionString);

        var response = await services.GetRequiredService<ArticleApi>().UploadAsync(Caller.Local, null, "application/json; charset=utf-8", new MemoryStream(Encoding.UTF8.GetBytes(body)), default);

        Assert.Equal(400, response.StatusCode);
    }

    private Task<ServiceProvider> LoopbackServicesAsync() =>
        PipelineServices.CreateAsync(azurite.ConnectionString, settings: new Dictionary<string, string?> { ["Fetch:AllowLoopback"] = "true" });

    private static MemoryStream Json(object value) => new(JsonSerializer.SerializeToUtf8Bytes(value));
}
