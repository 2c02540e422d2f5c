using System.Globalization;
using Summarizer.Cli.Hosting;

namespace Summarizer.Cli.Benchmarks;

/// <summary><c>summarizer serve</c> as a child process, its memory the process's own peak (VmHWM).</summary>
internal sealed class ServeBenchmarkHost(ServeProcess serve) : IBenchmarkHost
{
    public Uri BaseAddress => serve.BaseAddress;

    public string? FunctionKey => null;

    public string Description => $"summarizer serve, pid {serve.ProcessId}";

    /// <param name="storageConnectionString">The benchmark's Azurite.</param>
    /// <param name="settings">More configuration for serve, as <c>--Section:Key=value</c>.</param>
    public static async Task<IBenchmarkHost> StartAsync(string storageConnectionString, params string[] settings) =>
        new ServeBenchmarkHost(await ServeProcess.StartAsync(storageConnectionString, LoopbackPort.Free(), ["--Logging:LogLevel:Default=Warning", .. settings]));

    public string MemoryReport() =>
        serve.PeakWorkingSetBytes is { } peak && serve.WorkingSetBytes is { } end
            ? string.Create(CultureInfo.InvariantCulture, $"host memory         : peak {peak / 1048576.0:F0} MiB, {end / 1048576.0:F0} MiB when all were done (VmHWM and VmRSS of summarizer serve)")
            : "host memory         : unknown on this OS";

    public ValueTask DisposeAsync() => serve.DisposeAsync();
}
