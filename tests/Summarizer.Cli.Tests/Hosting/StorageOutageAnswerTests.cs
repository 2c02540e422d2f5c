using System.Net;
using System.Text;

namespace Summarizer.Cli.Tests.Hosting;

/// <summary>While storage is stopped, every storage-backed route tells the client to come back later, not that the server broke.</summary>
public sealed class StorageOutageAnswerTests
{
    [Fact]
    public async Task Upload_WhileStorageIsStopped_Answers503WithRetryAfter()
    {
        await using var pipeline = await LocalPipeline.StartAsync();
        await pipeline.Azurite.StopGracefullyAsync();

        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("An article written while the storage account was down."));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        using var response = await pipeline.Http.PostAsync("api/articles?name=outage/upload.txt", content);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Storage unavailable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After was '{response.Headers.RetryAfter}'");
    }

    [Fact]
    public async Task HealthAndReads_WhileStorageIsStopped_Answer503WithRetryAfter()
    {
        await using var pipeline = await LocalPipeline.StartAsync();
        await pipeline.Azurite.StopGracefullyAsync();

        foreach (var path in new[] { "api/health", "api/summaries?top=5", "api/summaries/some-article" })
        {
            using var response = await pipeline.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"{path}: Retry-After was '{response.Headers.RetryAfter}'");
        }
    }
}
