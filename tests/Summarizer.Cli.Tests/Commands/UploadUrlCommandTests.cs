using System.Text.Json;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Commands;

[Collection(AzuriteTestGroup.Name)]
public sealed class UploadUrlCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task UploadUrl_ToTheMetadataAddress_IsRefusedWithTheReason()
    {
        var run = await CliRun.RunAsync("upload", "--url", "http://169.254.169.254/latest/meta-data", $"--Storage:ConnectionString={azurite.ConnectionString}");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("169.254.169.254", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadUrl_FromLoopbackOnceAllowed_StoresThePendingArticle()
    {
        await using var server = await LoopbackPageServer.StartAsync();
        server.Page("story", "<html><head><title>Bridge</title></head><body><p>The bridge reopened on Thursday.</p></body></html>");
        var name = $"cli-url-{Guid.NewGuid():N}.html";

        var run = await CliRun.RunAsync(
            "upload", "--url", server.Url("story").AbsoluteUri, "--name", name,
            $"--Storage:ConnectionString={azurite.ConnectionString}", "--Fetch:AllowLoopback=true");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("pending", JsonDocument.Parse(run.Output).RootElement.GetProperty("status").GetString());
        Assert.Equal(["/story"], server.RequestedPaths);
    }

    [Fact]
    public async Task Upload_WithNeitherFilesNorUrl_IsAUsageError()
    {
        var run = await CliRun.RunAsync("upload");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--url", run.Error, StringComparison.Ordinal);
    }
}
