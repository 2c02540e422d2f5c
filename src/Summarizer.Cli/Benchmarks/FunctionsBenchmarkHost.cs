using System.Globalization;
using Summarizer.Cli.Emulator;
using Summarizer.Cli.Relay;

namespace Summarizer.Cli.Benchmarks;

/// <summary>
/// The published Functions app under the real Functions host, with <c>summarizer relay</c> (in this process) in the
/// place of Event Grid. Its memory is that of the host and its worker together, sampled every 200 ms.
/// </summary>
internal sealed class FunctionsBenchmarkHost : IBenchmarkHost
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(200);
    private readonly FunctionsHostServer _server;
    private readonly IHost _relay;
    private readonly string? _publishedFolder;
    private readonly CancellationTokenSource _stopSampling = new();
    private readonly Task _sampling;
    private long _peakBytes;

    private FunctionsBenchmarkHost(FunctionsHostServer server, IHost relay, string? publishedFolder)
    {
        _server = server;
        _relay = relay;
        _publishedFolder = publishedFolder;
        _sampling = SampleAsync(_stopSampling.Token);
    }

    public Uri BaseAddress => _server.BaseAddress;

    public string? FunctionKey => _server.AccessKey;

    public string Description =>
        $"Functions host ({(_server.Location.IsCoreTools ? "Core Tools" : _server.Location.Path)}), pids {string.Join(", ", _server.ProcessIds())} (host, worker), blob events from summarizer relay";

    /// <summary>
    /// Starts the host on the app in <paramref name="appFolder"/>, or on the repository's app published into a
    /// temporary folder first, and the relay that delivers its blob events; null with the reason when there is no host.
    /// </summary>
    public static async Task<(IBenchmarkHost? Host, string Reason)> StartAsync(string storageConnectionString, string? appFolder, TextWriter output, CancellationToken cancellationToken)
    {
        if (FunctionsHostLocation.Find(out var reason) is not { } location)
        {
            return (null, reason);
        }

        string? published = null;
        if (appFolder is null)
        {
            published = appFolder = Path.Combine(Path.GetTempPath(), $"summarizer-bench-app-{Environment.ProcessId}");
            await output.WriteLineAsync($"publishing src/Summarizer.Functions into {appFolder}");
            await FunctionsHostServer.PublishAppAsync(appFolder, cancellationToken);
        }

        // As serve runs in the benchmark: warnings only, so that logging costs the same in both hosts.
        var settings = new Dictionary<string, string?>
        {
            ["AzureFunctionsJobHost__logging__logLevel__default"] = "Warning",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var server = await FunctionsHostServer.StartAsync(location, appFolder, storageConnectionString, settings, cancellationToken);
        var relaySettings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storageConnectionString,
            ["Relay:To"] = server.BaseAddress.ToString(),
            ["Relay:Key"] = server.Keys?.BlobsExtension,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var relay = RelayHost.Build([], relaySettings);
        await relay.StartAsync(cancellationToken);
        return (new FunctionsBenchmarkHost(server, relay, published), string.Empty);
    }

    public string MemoryReport() => string.Create(
        CultureInfo.InvariantCulture,
        $"host memory         : peak {Interlocked.Read(ref _peakBytes) / 1048576.0:F0} MiB, {_server.MemoryBytes() / 1048576.0:F0} MiB when all were done (RSS of the Functions host plus its worker, sampled every {SampleInterval.TotalMilliseconds:F0} ms)");

    public async ValueTask DisposeAsync()
    {
        await _stopSampling.CancelAsync();
        await _sampling;
        await _relay.StopAsync();
        _relay.Dispose();
        await _server.DisposeAsync();
        _stopSampling.Dispose();
        if (_publishedFolder is not null)
        {
            Directory.Delete(_publishedFolder, recursive: true);
        }
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(SampleInterval);
        try
        {
            do
            {
                var now = _server.MemoryBytes();
                if (now > Interlocked.Read(ref _peakBytes))
                {
                    Interlocked.Exchange(ref _peakBytes, now);
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
        }
    }
}
