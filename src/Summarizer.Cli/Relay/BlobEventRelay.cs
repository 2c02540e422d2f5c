using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Summarizer.Cli.Hosting;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;

namespace Summarizer.Cli.Relay;

/// <summary>
/// Stands in for Event Grid where storage sends no events (Azurite): scans the <c>articles</c> container as
/// <c>serve</c> does and posts each new blob version to the Functions host's blob webhook as a
/// <c>Microsoft.Storage.BlobCreated</c> event. A version counts as relayed only once the host accepts its event (202),
/// so blobs uploaded while the host is down are delivered when it is back; a version the index already has a receipt
/// for (cleaned by the host before, or by another relay) is not posted again.
/// </summary>
internal sealed partial class BlobEventRelay(
    ArticleBlobStore blobs,
    ArticleIndex index,
    HostKeySource keys,
    HttpClient http,
    IOptions<RelayOptions> options,
    TimeProvider time,
    ILogger<BlobEventRelay> logger) : BackgroundService
{
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    /// <summary>The webhook events go to, without its key.</summary>
    public Uri Webhook => new(options.Value.To!, $"runtime/webhooks/blobs?functionName={Uri.EscapeDataString(options.Value.FunctionName)}");

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        LogStarted(logger, StorageNames.ArticlesContainer, Webhook);
        var settings = new BlobScanSettings(o.PollInterval, o.Concurrency, o.MaxRejections, "Relaying blob events", ex => ex is not EventRefusedException);
        return new ArticleBlobScan(blobs, settings, time, logger).RunAsync(RelayAsync, stoppingToken);
    }

    private async Task RelayAsync(ArticleBlob blob, CancellationToken cancellationToken)
    {
        var entry = await index.GetAsync(ArticleId.FromBlobName(blob.Name), cancellationToken);
        if (entry?.HasReceiptFor(blob.ETag.ToString()) == true)
        {
            return;
        }

        var key = await keys.GetAsync(cancellationToken);
        var url = key is null ? Webhook : new Uri($"{Webhook}&code={Uri.EscapeDataString(key)}");
        var created = BlobCreatedEvent.For(blob, StorageNames.ArticlesContainer, blobs.AccountName, blobs.UriOf(blob.Name), time.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new[] { created }, options: EventJson) };
        request.Headers.Add("aeg-event-type", "Notification");
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK)
        {
            LogRelayed(logger, blob.Name, blob.ETag.ToString());
            return;
        }

        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            keys.Forget();
        }

        var message = $"The host answered {(int)response.StatusCode} {response.ReasonPhrase} to the event for blob {blob.Name}"
            + (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ? $" (is the {HostKeySource.KeyName} key right?)" : string.Empty);
        throw response.StatusCode == HttpStatusCode.BadRequest ? new EventRefusedException(message) : new HttpRequestException(message, null, response.StatusCode);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Relaying new blobs in the {Container} container to {Webhook}")]
    private static partial void LogStarted(ILogger logger, string container, Uri webhook);

    [LoggerMessage(Level = LogLevel.Information, Message = "Relayed blob {BlobName} ({ETag})")]
    private static partial void LogRelayed(ILogger logger, string blobName, string eTag);
}
