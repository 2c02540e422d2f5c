using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core.Access;
using Summarizer.Core.Api;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;
using Summarizer.Core.Tests.TestInfrastructure;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Api;

[Collection(AzuriteTestGroup.Name)]
public sealed class ArticleApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    private ArticleApi Api => _services.GetRequiredService<ArticleApi>();

    public async Task InitializeAsync() =>
        _services = await PipelineServices.CreateAsync(azurite.ConnectionString, settings: new Dictionary<string, string?> { ["Pipeline:MaxArticleBytes"] = "1000" });

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Upload_Returns202WithIdAndLocation_AndStoresTheBlobAndAPendingRow()
    {
        var name = PipelineServices.UniqueName("api");

        var response = await Api.UploadAsync(Caller.Local, name, "text/plain", Body("Headline\n\nSome text."), default);

        Assert.Equal(202, response.StatusCode);
        using var json = JsonDocument.Parse(response.Body);
        var id = json.RootElement.GetProperty("id").GetString();
        Assert.Equal(ArticleId.FromBlobName(name), id);
        Assert.Equal("pending", json.RootElement.GetProperty("status").GetString());
        Assert.Equal($"/api/summaries/{id}", response.Headers["Location"]);
        var blob = _services.GetRequiredService<StorageClients>().Container(StorageNames.ArticlesContainer).GetBlobClient(name);
        Assert.Equal("Headline\n\nSome text.", (await blob.DownloadContentAsync()).Value.Content.ToString());
        Assert.Equal(ArticleStatus.Pending, (await _services.GetRequiredService<ArticleIndex>().GetAsync(id!, default))!.Status);
    }

    [Fact]
    public async Task Upload_WithSummaryLength_KeepsItInTheBlobMetadata()
    {
        var name = PipelineServices.UniqueName("length");

        var response = await Api.UploadAsync(Caller.Local, name, "text/plain", Body("Headline\n\nSome text."), "2", "5", default);

        Assert.Equal(202, response.StatusCode);
        var blob = _services.GetRequiredService<StorageClients>().Container(StorageNames.ArticlesContainer).GetBlobClient(name);
        var metadata = (await blob.GetPropertiesAsync()).Value.Metadata;
        Assert.Equal("2", metadata["summarysentences"]);
        Assert.Equal("5", metadata["keypoints"]);
    }

    [Theory]
    [InlineData("0", null, "summarySentences")]
    [InlineData("three", null, "summarySentences")]
    [InlineData(null, "2", "keyPoints")]
    [InlineData("3", "13", "keyPoints")]
    public async Task Upload_WithSummaryLengthOutOfRange_Is400Problem_AndStoresNothing(string? summarySentences, string? keyPoints, string named)
    {
        var name = PipelineServices.UniqueName("bad-length");

        var response = await Api.UploadAsync(Caller.Local, name, "text/plain", Body("Headline\n\nSome text."), summarySentences, keyPoints, default);

        AssertProblem(response, 400);
        using var json = JsonDocument.Parse(response.Body);
        Assert.Contains(named, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var blob = _services.GetRequiredService<StorageClients>().Container(StorageNames.ArticlesContainer).GetBlobClient(name);
        Assert.False((await blob.ExistsAsync()).Value);
    }

    [Fact]
    public async Task Upload_WithoutName_NamesByContent()
    {
        var content = "Untitled\n\nBody " + Guid.NewGuid();

        var first = await Api.UploadAsync(Caller.Local, null, "text/plain", Body(content), default);
        var second = await Api.UploadAsync(Caller.Local, null, "text/plain", Body(content), default);

        Assert.Equal(202, first.StatusCode);
        Assert.Equal(first.Headers["Location"], second.Headers["Location"]);
    }

    [Fact]
    public async Task Upload_OverTheLimit_Is413Problem()
    {
        var response = await Api.UploadAsync(Caller.Local, PipelineServices.UniqueName("big"), "text/plain", Body(new string('x', 1001)), default);

        AssertProblem(response, 413);
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("a//b.txt")]
    public async Task Upload_WithTraversalName_Is400Problem(string name)
    {
        AssertProblem(await Api.UploadAsync(Caller.Local, name, "text/plain", Body("x"), default), 400);
    }

    [Theory]
    [InlineData("x' or PartitionKey ne '")]
    [InlineData("..%2F..%2Fsecret")]
    [InlineData("UPPERCASE-ID-000")]
    public async Task Reads_WithInvalidId_Are400Problems(string id)
    {
        AssertProblem(await Api.GetSummaryAsync(Caller.Local, id, default), 400);
        AssertProblem(await Api.GetCleanedAsync(Caller.Local, id, default), 400);
        AssertProblem(await Api.RetryAsync(Caller.Local, id, default), 400);
    }

    [Fact]
    public async Task Reads_OfUnknownArticle_Are404Problems()
    {
        var id = ArticleId.FromBlobName(PipelineServices.UniqueName("nobody"));

        AssertProblem(await Api.GetSummaryAsync(Caller.Local, id, default), 404);
        AssertProblem(await Api.GetCleanedAsync(Caller.Local, id, default), 404);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("ten")]
    public async Task List_WithTopOutOfBounds_Is400Problem(string top)
    {
        AssertProblem(await Api.ListSummariesAsync(Caller.Local, top, null, null, default), 400);
    }

    [Fact]
    public async Task List_WithForgedContinuationToken_Is400Problem()
    {
        AssertProblem(await Api.ListSummariesAsync(Caller.Local, "5", "not base64 !!", null, default), 400);
    }

    [Fact]
    public async Task Retry_OfArticleThatHasNotFailed_Is409Problem()
    {
        var name = PipelineServices.UniqueName("retry");
        var upload = await Api.UploadAsync(Caller.Local, name, "text/plain", Body("Title\n\nText."), default);
        Assert.Equal(202, upload.StatusCode);

        AssertProblem(await Api.RetryAsync(Caller.Local, ArticleId.FromBlobName(name), default), 409);
    }

    [Fact]
    public void BrowsePage_IsHtml()
    {
        var page = ArticleApi.BrowsePage();

        Assert.StartsWith("text/html", page.ContentType, StringComparison.Ordinal);
        Assert.Contains("<script src=\"ui/app.js\"></script>", Encoding.UTF8.GetString(page.Body), StringComparison.Ordinal);
    }

    [Fact]
    public void BrowseScript_IsJavaScriptThatReadsTheSummaries_UnderThePagesPolicy()
    {
        var script = ArticleApi.BrowseScript();

        Assert.StartsWith("text/javascript", script.ContentType, StringComparison.Ordinal);
        Assert.Contains("\"summaries?\"", Encoding.UTF8.GetString(script.Body), StringComparison.Ordinal);
        Assert.Equal(ArticleApi.BrowsePagePolicy, script.Headers["Content-Security-Policy"]);
        Assert.Equal(ArticleApi.BrowsePagePolicy, ArticleApi.BrowsePage().Headers["Content-Security-Policy"]);
    }

    [Fact]
    public async Task List_ByStatus_ReturnsOnlyThatStatus_InPagesWhoseTokensStayWithIt()
    {
        var index = _services.GetRequiredService<ArticleIndex>();
        var start = DateTimeOffset.UtcNow.AddYears(-3).AddDays(-Random.Shared.Next(1000));
        var rejected = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var name = PipelineServices.UniqueName("status");
            var created = start.AddMinutes(i);
            var entry = new ArticleIndexEntry { Id = ArticleId.FromBlobName(name), Name = name, Status = ArticleStatus.Rejected, Error = "e", CreatedAt = created, UpdatedAt = created };
            Assert.True(await index.TryInsertAsync(entry, default));
            rejected.Insert(0, entry.Id);
        }

        var listed = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var response = await Api.ListSummariesAsync(Caller.Local, "2", token, ArticleStatus.Rejected, default);
            Assert.Equal(200, response.StatusCode);
            using var json = JsonDocument.Parse(response.Body);
            var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
            Assert.All(items, e => Assert.Equal(ArticleStatus.Rejected, e.GetProperty("status").GetString()));
            listed.AddRange(items.Select(e => e.GetProperty("id").GetString()!));
            token = json.RootElement.TryGetProperty("continuationToken", out var next) ? next.GetString() : null;
            if (pages++ == 0)
            {
                Assert.NotNull(token);
                AssertProblem(await Api.ListSummariesAsync(Caller.Local, "2", token, null, default), 400);
                AssertProblem(await Api.ListSummariesAsync(Caller.Local, "2", token, ArticleStatus.Failed, default), 400);
            }
        }
        while (token is not null);

        Assert.Equal(rejected, listed.Where(rejected.Contains));
        Assert.Equal(listed.Count, listed.Distinct().Count());
    }

    [Fact]
    public async Task List_WithUnknownStatus_Is400Problem()
    {
        AssertProblem(await Api.ListSummariesAsync(Caller.Local, "5", null, "done", default), 400);
    }

    private static MemoryStream Body(string text) => new(Encoding.UTF8.GetBytes(text));

    private static void AssertProblem(ApiResponse response, int status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.StartsWith("application/problem+json", response.ContentType, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(response.Body);
        Assert.Equal(status, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("detail").GetString()));
    }
}
