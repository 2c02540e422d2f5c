using System.Net;
using System.Net.Sockets;
using Summarizer.Cli.Emulator;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Commands;

public sealed class ServePortTests
{
    [Fact]
    public async Task Serve_OnAPortInUse_PrintsOneLineNamingThePortAndExitsNonZero()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await CliRun.RunAsync("serve", "--urls", $"http://127.0.0.1:{port}", $"--Storage:ConnectionString={azurite.ConnectionString}");

        Assert.NotEqual(0, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Single(lines);
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Output + run.Error, StringComparison.Ordinal);
    }
}
