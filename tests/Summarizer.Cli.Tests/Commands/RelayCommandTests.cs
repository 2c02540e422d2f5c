using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Commands;

public sealed class RelayCommandTests
{
    [Fact]
    public async Task Relay_ToSomethingThatIsNotAnHttpAddress_IsAUsageErrorNamingTheOption()
    {
        var run = await CliRun.RunAsync("relay", "--to", "localhost:7071");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--to", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
