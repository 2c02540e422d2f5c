using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Commands;

public sealed class BenchCommandTests
{
    [Fact]
    public async Task BenchPipeline_WithAnUnknownHost_IsAUsageErrorNamingTheHosts()
    {
        var run = await CliRun.RunAsync("bench", "pipeline", "--host", "iis");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("iis", run.Error, StringComparison.Ordinal);
        Assert.Contains("functions", run.Error, StringComparison.Ordinal);
    }
}
