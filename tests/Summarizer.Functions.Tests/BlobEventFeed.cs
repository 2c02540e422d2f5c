using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Summarizer.Cli.Emulator;
using Summarizer.Core.Storage;

namespace Summarizer.Functions.Tests;

/// <summary>
/// Posts a <c>Microsoft.Storage.BlobCreated</c> event to the host's blob webhook for each new blob version in the
/// articles container, as Event Grid does in Azure, until the host accepts it.
/// </summary>
internal sealed class BlobEventFeed : IAsyncDisposable
{
    private readonly BlobContainerClient _articles;
    private readonly FunctionsHostServer _server;
    private readonly HttpClient _http;
    private readonly HashSet<(string Name, string ETag)> _delivered = [];
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    private BlobEventFeed(string connectionString, FunctionsHostServer server)
    {
        _articles = new BlobContainerClient(connectionString, StorageNames.ArticlesContainer);
        _server = server;
        _http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public static BlobEventFeed Start(string connectionString, FunctionsHostServer server)
    {
        var feed = new BlobEventFeed(connectionString, server);
        feed._loop = feed.RunAsync(feed._stop.Token);
        return feed;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _http.Dispose();
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var blob in _articles.GetBlobsAsync(cancellationToken: cancellationToken))
                {
                    var key = (blob.Name, blob.Properties.ETag.ToString()!);
                    if (!_delivered.Contains(key) && await PostAsync(blob.Name, cancellationToken))
                    {
                        _delivered.Add(key);
                    }
                }
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Storage or the host is down for a moment; the next round delivers what this one missed.
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    private async Task<bool> PostAsync(string name, CancellationToken cancellationToken)
    {
        var url = _articles.GetBlobClient(name).Uri.ToString();
        var body = JsonSerializer.Serialize(new[]
        {
            new
            {
                id = Guid.NewGuid().ToString(),
                topic = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/local/providers/Microsoft.Storage/storageAccounts/devstoreaccount1",
                subject = $"/blobServices/default/containers/{StorageNames.ArticlesContainer}/blobs/{name}",
                eventType = "Microsoft.Storage.BlobCreated",
                eventTime = DateTimeOffset.UtcNow,
                data = new { api = "PutBlob", blobType = "BlockBlob", url },
                dataVersion = string.Empty,
                metadataVersion = "1",
            },
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "runtime/webhooks/blobs?functionName=Host.Functions.CleanArticle&code=" + Uri.EscapeDataString(_server.Keys!.BlobsExtension))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("aeg-event-type", "Notification");
        using var response = await _http.SendAsync(request, cancellationToken);
        return response.StatusCode == HttpStatusCode.Accepted;
    }
}
