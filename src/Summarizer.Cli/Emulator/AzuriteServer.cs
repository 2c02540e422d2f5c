using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

using Summarizer.Cli.Hosting;

namespace Summarizer.Cli.Emulator;

/// <summary>
/// An Azurite process from the repository's pinned npm package, on free loopback ports with in-memory persistence or
/// a data folder, for benchmarks and tests that need storage of their own.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    private static readonly string[] Services = ["Blob", "Queue", "Table"];
    private readonly StringBuilder _output = new();
    private readonly string _script;
    private Process? _process;

    private AzuriteServer(string script, int blobPort, int queuePort, int tablePort, string? location)
    {
        _script = script;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        Location = location;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public string? Location { get; }

    /// <summary>A connection string for the default development account on this server's ports.</summary>
    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    /// <summary>Starts Azurite; with <paramref name="location"/> null its data lives in memory only.</summary>
    public static async Task<AzuriteServer> StartAsync(string? location = null, CancellationToken cancellationToken = default)
    {
        var server = new AzuriteServer(FindScript(), LoopbackPort.Free(), LoopbackPort.Free(), LoopbackPort.Free(), location);
        await server.StartProcessAsync(cancellationToken);
        return server;
    }

    /// <summary>Starts the process again on the same ports and data folder (after <see cref="StopAsync"/>).</summary>
    public Task RestartAsync(CancellationToken cancellationToken = default) => StartProcessAsync(cancellationToken);

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Stops Azurite as Ctrl+C would, so that it saves its data folder first; kills it if it takes too long.</summary>
    public async Task StopGracefullyAsync()
    {
        if (_process is { HasExited: false })
        {
            using var signal = Process.Start("kill", ["-INT", _process.Id.ToString()]);
            await signal.WaitForExitAsync();

            // Azurite saves its data and closes its three services at once, but its process can linger after
            // that; once they are closed (or after 15 s) StopAsync ends it.
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (!_process.HasExited && DateTime.UtcNow < deadline && !AllServicesClosed())
            {
                await Task.Delay(100);
            }
        }

        await StopAsync();
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task StartProcessAsync(CancellationToken cancellationToken)
    {
        lock (_output)
        {
            _output.Clear();
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            _script, "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl",
            "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(),
            "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(),
            "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(),
        })
        {
            start.ArgumentList.Add(arg);
        }

        if (Location is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(Location);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilListeningAsync(cancellationToken);
    }

    /// <summary>
    /// The Azurite script of the repository's <c>node_modules</c>, looked for above the working directory and above
    /// this program.
    /// </summary>
    public static string FindScript()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var script = Path.Combine(dir.FullName, "node_modules", "azurite", "dist", "src", "azurite.js");
                if (File.Exists(script))
                {
                    return script;
                }
            }
        }

        throw new InvalidOperationException("Azurite was not found in a node_modules folder above this directory: run 'npm ci' in the repository (run.sh and test.sh do).");
    }

    private bool AllServicesClosed()
    {
        lock (_output)
        {
            var output = _output.ToString();
            return Services.All(service => output.Contains($"Azurite {service} service successfully closed", StringComparison.Ordinal));
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            while (true)
            {
                if (_process!.HasExited)
                {
                    throw new InvalidOperationException("Azurite exited at start:\n" + _output);
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100, cancellationToken);
                }
            }
        }
    }

}
