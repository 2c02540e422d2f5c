using Microsoft.Extensions.Options;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;

namespace Summarizer.Cli.Hosting;

/// <summary>
/// The local stand-in for the blob trigger: scans the <c>articles</c> container and runs the clean handler once per
/// new blob version. The handler's receipt in the index makes this hold across restarts and between several hosts.
/// </summary>
internal sealed class BlobTriggerPoller(
    ArticleBlobStore blobs,
    CleanArticleHandler handler,
    IOptions<ServeOptions> options,
    TimeProvider time,
    ILogger<BlobTriggerPoller> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.BlobEvents)
        {
            return Task.CompletedTask;
        }

        var settings = new BlobScanSettings(o.BlobPollInterval, o.CleanConcurrency, o.MaxBlobAttempts, "Cleaning articles", StorageFaults.IsTransient);
        return new ArticleBlobScan(blobs, settings, time, logger).RunAsync((blob, ct) => handler.HandleAsync(blob.Name, ct), stoppingToken);
    }
}
