using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Summarizer.Cli.Hosting;

namespace Summarizer.Cli.Emulator;

/// <summary>
/// The Azure Functions host running a published Summarizer.Functions app against a storage account, on a free
/// loopback port with its keys in files of its own, for tests and benchmarks of the app under its real runtime.
/// It can be stopped and started again on the same port and keys.
/// </summary>
public sealed class FunctionsHostServer : IAsyncDisposable
{
    private const int OutputLinesKept = 20_000;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    // What the host gets, once signalled, to finish the invocations in flight before it is killed: a blob event or
    // queue message a killed host had taken stays invisible until its ten-minute hold lapses.
    private static readonly TimeSpan StopGracePeriod = TimeSpan.FromSeconds(60);
    private readonly Queue<string> _output = new();
    private readonly IReadOnlyDictionary<string, string?> _environment;
    private readonly HttpClient _http;
    private Process? _process;

    private FunctionsHostServer(FunctionsHostLocation location, string appFolder, string workFolder, int port, IReadOnlyDictionary<string, string?> environment)
    {
        Location = location;
        AppFolder = appFolder;
        WorkFolder = workFolder;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _environment = environment;
        _http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public FunctionsHostLocation Location { get; }

    /// <summary>The published app the host runs (the folder with <c>worker.config.json</c>).</summary>
    public string AppFolder { get; }

    /// <summary>The host's working folder, with its <c>secrets</c> and <c>logs</c>.</summary>
    public string WorkFolder { get; }

    public Uri BaseAddress { get; }

    /// <summary>
    /// The function key the app accepts (<c>Access__FunctionKeys</c>), made for this host: the API's routes are
    /// anonymous to the host, and the app checks the key itself.
    /// </summary>
    public string AccessKey { get; } = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    /// <summary>The keys the host enforces; null under Core Tools, which enforces none.</summary>
    public FunctionsHostKeys? Keys { get; private set; }

    /// <summary>How long the host took to exit after the last <see cref="StopAsync"/> signalled it.</summary>
    public TimeSpan LastStopTime { get; private set; }

    /// <summary>Whether the last <see cref="StopAsync"/> had to kill the host because it outlived its grace period.</summary>
    public bool LastStopForced { get; private set; }

    /// <summary>The host's process id while it runs.</summary>
    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    /// <summary>
    /// Starts the host on the app in <paramref name="appFolder"/>, with <paramref name="storageConnectionString"/> as both
    /// the host's storage and the app's, and <paramref name="appSettings"/> as its app settings (<c>Section__Key</c>).
    /// </summary>
    public static async Task<FunctionsHostServer> StartAsync(
        FunctionsHostLocation location,
        string appFolder,
        string storageConnectionString,
        IReadOnlyDictionary<string, string?>? appSettings = null,
        CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path.Combine(appFolder, "worker.config.json")))
        {
            throw new InvalidOperationException($"{appFolder} is not a published Functions app (it has no worker.config.json).");
        }

        var workFolder = Directory.CreateTempSubdirectory("summarizer-functions-host-").FullName;
        var port = LoopbackPort.Free();
        var environment = new Dictionary<string, string?>
        {
            ["AzureWebJobsScriptRoot"] = appFolder,
            ["AzureWebJobsStorage"] = storageConnectionString,
            ["Storage__ConnectionString"] = storageConnectionString,
            ["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated",
            // The reconcile timer's schedule, as local.settings.json.example and the Bicep app settings give it.
            ["ReconcileSchedule"] = "0 */5 * * * *",
            ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["WEBSITE_HOSTNAME"] = $"127.0.0.1:{port}",
            ["AzureWebJobsSecretStorageType"] = "files",
            ["FUNCTIONS_SECRETS_PATH"] = Path.Combine(workFolder, "secrets"),
            ["FUNCTIONS_LOG_PATH"] = Path.Combine(workFolder, "logs"),
            // The runtime host targets .NET 8; a machine with only a newer runtime runs it on that.
            ["DOTNET_ROLL_FORWARD"] = "Major",
            // With this set the host acts as a Linux Consumption container that waits for an assignment.
            ["CONTAINER_NAME"] = null,
        };
        foreach (var (key, value) in appSettings ?? new Dictionary<string, string?>())
        {
            environment[key] = value;
        }

        var server = new FunctionsHostServer(location, Path.GetFullPath(appFolder), workFolder, port, environment);
        environment.TryAdd("Access__FunctionKeys", server.AccessKey);
        try
        {
            await server.StartProcessAsync(cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>Publishes the repository's Functions app (Release) into <paramref name="outputFolder"/>.</summary>
    public static async Task PublishAppAsync(string outputFolder, CancellationToken cancellationToken = default)
    {
        var project = FindFunctionsProject();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "publish", project, "-c", "Release", "-o", outputFolder, "--nologo", "-v", "quiet" })
        {
            start.ArgumentList.Add(arg);
        }

        using var publish = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var stdout = publish.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = publish.StandardError.ReadToEndAsync(cancellationToken);
        await publish.WaitForExitAsync(cancellationToken);
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish {project} failed ({publish.ExitCode}):\n{await stdout}{await stderr}");
        }
    }

    /// <summary>Starts the host again on the same port, keys and settings (after <see cref="StopAsync"/>).</summary>
    public Task RestartAsync(CancellationToken cancellationToken = default) => StartProcessAsync(cancellationToken);

    /// <summary>Stops the host as the platform does (SIGTERM), then ends it and its worker if either lingers.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        var family = ProcessTree.Descendants(_process.Id);
        var stopping = Stopwatch.StartNew();
        LastStopForced = false;
        if (!_process.HasExited)
        {
            using (var signal = Process.Start("kill", ["-TERM", _process.Id.ToString()]))
            {
                await signal.WaitForExitAsync();
            }

            using var grace = new CancellationTokenSource(StopGracePeriod);
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                LastStopForced = true;
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        LastStopTime = stopping.Elapsed;

        ProcessTree.KillAll(family);
        _process.Dispose();
        _process = null;
    }

    /// <summary>The ids of the host's process and of its workers (its descendants) while it runs.</summary>
    public IReadOnlyList<int> ProcessIds() => _process is { HasExited: false } p ? ProcessTree.Descendants(p.Id) : [];

    /// <summary>The resident memory of the host and its worker processes, in bytes.</summary>
    public long MemoryBytes() => _process is { HasExited: false } p ? ProcessTree.ResidentBytes(p.Id) : 0;

    /// <summary>What the host (and, through it, the app) printed, the latest lines only.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Waits until the host printed a line containing <paramref name="text"/>.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The Functions host did not print '{text}' within {timeout}.");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _http.Dispose();
        try
        {
            Directory.Delete(WorkFolder, recursive: true);
        }
        catch (IOException)
        {
            // A log file the host still flushes; the folder is in the temp directory.
        }
    }

    private async Task StartProcessAsync(CancellationToken cancellationToken)
    {
        var start = Location.IsCoreTools
            ? new ProcessStartInfo(Location.Path) { WorkingDirectory = AppFolder, ArgumentList = { "start", "--port", BaseAddress.Port.ToString() } }
            : new ProcessStartInfo("dotnet") { WorkingDirectory = WorkFolder, ArgumentList = { Location.Path } };
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        foreach (var (key, value) in _environment)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} could not be started.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilRunningAsync(cancellationToken);
    }

    private async Task WaitUntilRunningAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"The Functions host exited at start ({_process.ExitCode}):\n{Output}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The Functions host was not running after {StartTimeout}:\n{Output}");
            }

            if (await IsRunningAsync(cancellationToken))
            {
                return;
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    private async Task<bool> IsRunningAsync(CancellationToken cancellationToken)
    {
        var code = string.Empty;
        if (!Location.IsCoreTools)
        {
            Keys ??= FunctionsHostKeys.TryRead(Path.Combine(WorkFolder, "secrets", "host.json"));
            if (Keys is null)
            {
                return false;
            }

            code = "?code=" + Uri.EscapeDataString(Keys.Master);
        }

        try
        {
            using var response = await _http.GetAsync("admin/host/status" + code, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }

            var status = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            return status.TryGetProperty("state", out var state) && state.GetString() == "Running";
        }
        catch (HttpRequestException)
        {
            return false;
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
            _output.Enqueue(line);
            if (_output.Count > OutputLinesKept)
            {
                _output.Dequeue();
            }
        }
    }

    private static string FindFunctionsProject()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var project = Path.Combine(dir.FullName, "src", "Summarizer.Functions", "Summarizer.Functions.csproj");
                if (File.Exists(project))
                {
                    return project;
                }
            }
        }

        throw new InvalidOperationException("src/Summarizer.Functions was not found above this directory: run from the repository.");
    }
}
