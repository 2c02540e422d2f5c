using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Summarizer.Core.Pipeline;
using System.Text.Json;
using Summarizer.Cli.Hosting;
using Summarizer.Cli.Emulator;
using Summarizer.Testing;
using Summarizer.Testing.Hosts;

namespace Summarizer.Cli.Tests.Hosting;

/// <summary>
/// <c>summarizer serve</c> in this process against its own Azurite, polling fast, with an HTTP client on its API.
/// It can be stopped and started again on the same storage.
/// </summary>
internal sealed class LocalPipeline : IReconcilingPipelineHost
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly bool _ownsAzurite;
    private WebApplication? _app;

    private LocalPipeline(AzuriteServer azurite, bool ownsAzurite, IReadOnlyDictionary<string, string?>? settings)
    {
        Azurite = azurite;
        _ownsAzurite = ownsAzurite;
        var port = LoopbackPort.Free();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var all = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Serve:BlobPollInterval"] = "00:00:00.200",
            ["Serve:MaxQueuePollingInterval"] = "00:00:00.200",
            ["Serve:RetryVisibilityTimeout"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Summarizer"] = "Information",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        _settings = all;
    }

    public AzuriteServer Azurite { get; }

    public string? UnavailableReason => null;

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    /// <summary>What the host logged, across restarts.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>The running host's services.</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("serve is not running.");

    /// <summary>
    /// The settings for a host that gets no blob events (the scan that stands in for them is off) and whose own
    /// reconcile timer does not fire during a test, so only <see cref="RunReconcileAsync"/> reconciles.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> WithoutBlobEvents(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Serve:BlobEvents"] = "false", ["Pipeline:ReconcileEvery"] = "1.00:00:00" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }

    /// <summary>Runs one reconcile in the host, as its timer would, and returns what it did.</summary>
    public Task<ReconcileReport> ReconcileAsync() => Services.GetRequiredService<ArticleReconciler>().RunAsync(CancellationToken.None);

    public async Task RunReconcileAsync() => await ReconcileAsync();

    /// <summary>Runs the clean stage for the blob, as the scan standing in for Event Grid does when it sees the blob.</summary>
    public async Task DeliverBlobEventAsync(string blobName) =>
        await Services.GetRequiredService<CleanArticleHandler>().HandleAsync(blobName, CancellationToken.None);

    /// <summary>Starts a host on its own new Azurite, or on <paramref name="azurite"/> (which the caller then stops).</summary>
    public static async Task<LocalPipeline> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, AzuriteServer? azurite = null)
    {
        var pipeline = new LocalPipeline(azurite ?? await AzuriteServer.StartAsync(), ownsAzurite: azurite is null, settings);
        await pipeline.StartHostAsync();
        return pipeline;
    }

    public async Task StartHostAsync()
    {
        _app = ServeHost.Build([], BaseAddress.ToString().TrimEnd('/'), _settings, b => b.Logging.ClearProviders().AddProvider(Logs));
        await _app.StartAsync();
    }

    public async Task StopHostAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    /// <summary>Polls <c>GET /api/summaries/{id}</c> until <paramref name="done"/> holds, failing after <paramref name="timeout"/>.</summary>
    public Task<JsonElement> WaitForAsync(string id, Func<JsonElement, bool> done, TimeSpan? timeout = null) =>
        Http.WaitForAsync(id, done, timeout);

    public Task<JsonElement> WaitForStatusAsync(string id, string status, TimeSpan? timeout = null) =>
        Http.WaitForStatusAsync(id, status, timeout);

    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        Http.Dispose();
        if (_ownsAzurite)
        {
            await Azurite.DisposeAsync();
        }
    }

}
