using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;

namespace Summarizer.Cli.Hosting;

/// <summary>
/// The local stand-in for the blob trigger: lists the <c>articles</c> container and runs the clean handler once per new
/// blob version. The handler's receipt in the index makes this hold across restarts and between several hosts.
/// </summary>
internal sealed partial class BlobTriggerPoller(
    ArticleBlobStore blobs,
    CleanArticleHandler handler,
    IOptions<ServeOptions> options,
    TimeProvider time,
    ILogger<BlobTriggerPoller> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, string> _processed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Name, string ETag), int> _failures = new();
    private readonly ThrottledErrorLog _errors = new(logger, time, TimeSpan.FromSeconds(30));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var work = Channel.CreateBounded<ArticleBlob>(new BoundedChannelOptions(o.CleanConcurrency * 4) { SingleWriter = true });
        var workers = Enumerable.Range(0, o.CleanConcurrency).Select(_ => RunWorkerAsync(work.Reader, stoppingToken)).ToList();
        try
        {
            using var timer = new PeriodicTimer(o.BlobPollInterval, time);
            do
            {
                await PollAsync(work.Writer, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            work.Writer.TryComplete();
            await Task.WhenAll(workers);
        }
    }

    private async Task PollAsync(ChannelWriter<ArticleBlob> work, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var blob in blobs.ListAsync(cancellationToken))
            {
                var etag = blob.ETag.ToString();
                if (_processed.TryGetValue(blob.Name, out var done) && done == etag || !_inFlight.TryAdd(blob.Name, 0))
                {
                    continue;
                }

                await work.WriteAsync(blob, cancellationToken);
            }

            _errors.Success("Listing the articles container");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _errors.Failure("Listing the articles container", ex);
        }
    }

    private async Task RunWorkerAsync(ChannelReader<ArticleBlob> work, CancellationToken cancellationToken)
    {
        await foreach (var blob in work.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                if (!cancellationToken.IsCancellationRequested)
                {
                    await CleanAsync(blob, cancellationToken);
                }
            }
            finally
            {
                _inFlight.TryRemove(blob.Name, out _);
            }
        }
    }

    private async Task CleanAsync(ArticleBlob blob, CancellationToken cancellationToken)
    {
        var etag = blob.ETag.ToString();
        try
        {
            await handler.HandleAsync(blob.Name, cancellationToken);
            _processed[blob.Name] = etag;
            _failures.TryRemove((blob.Name, etag), out _);
            _errors.Success("Cleaning articles");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var attempts = _failures.AddOrUpdate((blob.Name, etag), 1, (_, n) => n + 1);
            _errors.Failure("Cleaning articles", ex);
            if (attempts >= options.Value.MaxBlobAttempts)
            {
                LogGaveUp(logger, blob.Name, attempts, ex.Message);
                _processed[blob.Name] = etag;
                _failures.TryRemove((blob.Name, etag), out _);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up on blob {BlobName} after {Attempts} attempts: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, string blobName, int attempts, string reason);
}
