using Summarizer.Core.Articles;
using Summarizer.Testing;
using Summarizer.Testing.Hosts;

namespace Summarizer.Functions.Tests;

/// <summary>The local Functions workflow as documented: the host, <c>summarizer relay</c>, and <c>summarizer upload</c>.</summary>
[Collection(FunctionsHostGroup.Name)]
public sealed class RelayWorkflowTests(FunctionsHostFixture host)
{
    [SkippableFact]
    public async Task FileSentWithSummarizerUpload_StraightIntoStorage_IsSummarizedWhileSummarizerRelayRuns()
    {
        Skip.If(host.UnavailableReason is not null, host.UnavailableReason);
        await using var pipeline = await FunctionsPipeline.StartAsync(host.Location!, relayBlobEvents: false);
        var storage = "--Storage:ConnectionString=" + pipeline.Azurite.ConnectionString;

        // No --key: the relay reads the blobs_extension key from the host's secrets.
        await using var relay = CliProcess.Start(
            "relay", "--to", pipeline.Server.BaseAddress.ToString(), "--secrets", Path.Combine(pipeline.Server.WorkFolder, "secrets"), storage);
        var upload = await CliRun.RunAsync("upload", RepositoryPaths.SeedArticle, "--name", "relayed.txt", storage);
        Assert.True(upload.ExitCode == 0, upload.Error);

        var summary = await pipeline.Http.WaitForStatusAsync(ArticleId.FromBlobName("relayed.txt"), ArticleStatus.Summarized, TimeSpan.FromSeconds(90));

        Assert.Equal("US hits hard at militias in Iraq and Syria, retaliating for fatal drone attack", summary.GetProperty("title").GetString());
        Assert.Equal(0, await relay.StopAsync());
    }
}
