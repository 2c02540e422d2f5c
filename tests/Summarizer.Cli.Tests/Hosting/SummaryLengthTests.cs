using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Summarizer.Cli.Tests.Commands;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;
using Summarizer.Core.Summarization;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Hosting;

/// <summary>The TL;DR and an article's own summary length, from upload through the API and <c>summarizer show</c>.</summary>
public sealed class SummaryLengthTests : IAsyncLifetime
{
    private LocalPipeline _pipeline = null!;

    public async Task InitializeAsync() => _pipeline = await LocalPipeline.StartAsync();

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public async Task Serve_HonoursTheLengthAskedForInTheUploadQuery_AndShowsTheTldr()
    {
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(RepositoryPaths.SeedArticle));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var response = await _pipeline.Http.PostAsync("api/articles?name=short-strikes.txt&summarySentences=1&keyPoints=4", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var view = await _pipeline.WaitForStatusAsync(id, ArticleStatus.Summarized);
        var summary = view.GetProperty("summary").GetString()!;
        Assert.Single(SentenceSplitter.Split(summary));
        Assert.Equal(4, view.GetProperty("keyPoints").GetArrayLength());
        var tldr = view.GetProperty("tldr").GetString()!;
        Assert.InRange(tldr.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, 5, 30);
        Assert.All(view.GetProperty("keyPoints").EnumerateArray(), k => Assert.False(KeyPointRestatement.Restates(k.GetProperty("text").GetString()!, [summary])));

        var show = await CliRun.RunAsync("show", id, $"--Storage:ConnectionString={_pipeline.Azurite.ConnectionString}");
        Assert.Equal(0, show.ExitCode);
        Assert.Equal(tldr, JsonDocument.Parse(show.Output).RootElement.GetProperty("tldr").GetString());
    }

    [Fact]
    public async Task Serve_HonoursTheLengthInTheMetadataOfADirectUpload()
    {
        var blobs = new BlobContainerClient(_pipeline.Azurite.ConnectionString, StorageNames.ArticlesContainer);
        await blobs.GetBlobClient("direct/strikes.txt").UploadAsync(
            new BinaryData(await File.ReadAllBytesAsync(RepositoryPaths.SeedArticle)),
            new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["summarysentences"] = "2", ["keypoints"] = "3" } });

        var view = await _pipeline.WaitForStatusAsync(ArticleId.FromBlobName("direct/strikes.txt"), ArticleStatus.Summarized);

        Assert.Equal(2, SentenceSplitter.Split(view.GetProperty("summary").GetString()!).Count);
        Assert.Equal(3, view.GetProperty("keyPoints").GetArrayLength());
    }

    [Fact]
    public async Task Serve_RejectsAnUploadWithALengthOutOfRange()
    {
        using var content = new StringContent("Headline\n\nSome text.");

        using var response = await _pipeline.Http.PostAsync("api/articles?name=too-many.txt&keyPoints=40", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("keyPoints must be a whole number from 3 to 12", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
