using Summarizer.Cli.Benchmarks;
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

    [Fact]
    public async Task BenchPipeline_WithAMalformedModelQuota_IsAUsageErrorShowingTheForm()
    {
        var run = await CliRun.RunAsync("bench", "pipeline", "--model-emulator", "--model-quota", "ten a minute");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("10/10s", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10/10s", 10, 10, 60)]
    [InlineData("600/1m", 600, 60, 600)]
    [InlineData("1/30s", 1, 30, 2)]
    public void ModelQuota_ParsesRequestsPerWindow_AndGivesTheLimiterItsRatePerMinute(string text, int requests, int windowSeconds, int perMinute)
    {
        var quota = ModelQuotaSetting.TryParse(text, out var error);

        Assert.Null(error);
        Assert.Equal((requests, TimeSpan.FromSeconds(windowSeconds)), (quota!.Requests, quota.Window));
        Assert.Equal(perMinute, ModelQuotaSetting.RequestsPerMinute(quota));
    }

    [Theory]
    [InlineData("10")]
    [InlineData("0/10s")]
    [InlineData("10/0s")]
    [InlineData("10/10h")]
    public void ModelQuota_RejectsWhatIsNotRequestsPerWindow(string text)
    {
        Assert.Null(ModelQuotaSetting.TryParse(text, out var error));
        Assert.Contains(text, error, StringComparison.Ordinal);
    }
}
