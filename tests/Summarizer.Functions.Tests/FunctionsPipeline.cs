using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Hosting;
using Summarizer.Core.Storage;
using Summarizer.Cli.Emulator;
using Summarizer.Cli.Relay;
using Summarizer.Testing.Hosts;

namespace Summarizer.Functions.Tests;

/// <summary>
/// The published Functions app under the Functions host, on an Azurite of its own with a data folder, with
/// <c>summarizer relay</c> delivering blob events as Event Grid would in Azure, and HTTP clients with and without the
/// function key.
/// </summary>
public sealed class FunctionsPipeline : IReconcilingPipelineHost
{
    private readonly DirectoryInfo _data;
    private IHost? _relay;
    private bool _disposed;

    private FunctionsPipeline(DirectoryInfo data, AzuriteServer azurite, FunctionsHostServer server)
    {
        _data = data;
        Azurite = azurite;
        Server = server;
        Anonymous = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Http.DefaultRequestHeaders.Add("x-functions-key", server.AccessKey);
    }

    public string? UnavailableReason => null;

    public AzuriteServer Azurite { get; }

    public FunctionsHostServer Server { get; }

    /// <summary>A client that sends the default function key.</summary>
    public HttpClient Http { get; }

    /// <summary>A client that sends no key.</summary>
    public HttpClient Anonymous { get; }

    /// <summary>
    /// The settings every test host gets: quick repair of lost messages and quick redelivery of failed ones, so a test
    /// need not wait minutes; host.json's dequeue count and poison queue stay as they are. The stalled-article and
    /// reconcile timers are disabled, so they run only when a test invokes them through the admin API (which runs disabled functions): on its
    /// own schedule (every five minutes, and at start-up after a missed run) it would repair a stalled article that a
    /// test staged before the test could look at it.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> DefaultSettings { get; } = new Dictionary<string, string?>
    {
        ["Pipeline:RequeueLostAfter"] = "00:00:01",
        ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:01",
        ["AzureWebJobs.RequeueStalledArticles.Disabled"] = "true",
        ["AzureWebJobs.ReconcileArticles.Disabled"] = "true",
    };

    /// <summary>
    /// Starts a host with <paramref name="settings"/> as app settings (configuration keys as <c>Section:Key</c>) and, unless
    /// <paramref name="relayBlobEvents"/> is false, the relay in this process.
    /// </summary>
    public static async Task<FunctionsPipeline> StartAsync(FunctionsHostLocation location, IReadOnlyDictionary<string, string?>? settings = null, bool relayBlobEvents = true)
    {
        var app = await PublishedApp.GetAsync();
        var data = Directory.CreateTempSubdirectory("azurite-functions-");
        var azurite = await AzuriteServer.StartAsync(data.FullName);
        var all = new Dictionary<string, string?>(DefaultSettings);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        // App settings reach the host and its worker as environment variables, where '__' stands for ':'.
        var environment = all.ToDictionary(e => e.Key.Replace(":", "__", StringComparison.Ordinal), e => e.Value);

        FunctionsHostServer server;
        try
        {
            server = await FunctionsHostServer.StartAsync(location, app, azurite.ConnectionString, environment);
        }
        catch
        {
            await azurite.DisposeAsync();
            data.Delete(recursive: true);
            throw;
        }

        var pipeline = new FunctionsPipeline(data, azurite, server);
        if (relayBlobEvents)
        {
            pipeline._relay = RelayHost.Build([], new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = azurite.ConnectionString,
                ["Relay:To"] = server.BaseAddress.ToString(),
                ["Relay:SecretsPath"] = Path.Combine(server.WorkFolder, "secrets"),
                ["Relay:PollInterval"] = "00:00:00.200",
                ["Logging:LogLevel:Default"] = "Warning",
            });
            await pipeline._relay.StartAsync();
        }

        return pipeline;
    }

    /// <summary>Asks the host to run the reconcile timer now, through the admin API (which answers before the run ends).</summary>
    public async Task RunReconcileAsync()
    {
        using var response = await Anonymous.PostAsync(
            "admin/functions/ReconcileArticles?code=" + Uri.EscapeDataString(Server.Keys!.Master),
            new StringContent("{\"input\": \"\"}", Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Posts a blob-created event for the blob to the host's blob extension webhook, as Event Grid does.</summary>
    public async Task DeliverBlobEventAsync(string blobName)
    {
        var blobs = new BlobContainerClient(Azurite.ConnectionString, StorageNames.ArticlesContainer);
        BlobProperties p = await blobs.GetBlobClient(blobName).GetPropertiesAsync();
        var blob = new ArticleBlob(blobName, p.ETag, p.ContentLength, p.ContentType, p.LastModified);
        var created = BlobCreatedEvent.For(blob, StorageNames.ArticlesContainer, blobs.AccountName, blobs.GetBlobClient(blobName).Uri, DateTimeOffset.UtcNow);
        var url = "runtime/webhooks/blobs?functionName=Host.Functions.CleanArticle&code=" + Uri.EscapeDataString(Server.Keys!.BlobsExtension);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new[] { created }, options: new JsonSerializerOptions(JsonSerializerDefaults.Web)),
        };
        request.Headers.Add("aeg-event-type", "Notification");
        using var response = await Anonymous.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Stops the host as the platform would, and starts it again on the same storage, port and keys.</summary>
    public async Task RestartHostAsync()
    {
        await Server.StopAsync();
        await Server.RestartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_relay is not null)
        {
            await _relay.StopAsync();
            _relay.Dispose();
        }

        Http.Dispose();
        Anonymous.Dispose();
        await Server.DisposeAsync();
        await Azurite.DisposeAsync();
        _data.Delete(recursive: true);
    }
}
