using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;

namespace Summarizer.Cli.Hosting;

/// <summary>
/// The local stand-in for the blob trigger: lists the <c>articles</c> container and runs the clean handler once per new
/// blob version. The handler's receipt in the index makes this hold across restarts and between several hosts; in
/// memory the poller keeps only blobs changed since its last full pass, so its memory does not grow with the container.
/// </summary>
internal sealed partial class BlobTriggerPoller(
    ArticleBlobStore blobs,
    CleanArticleHandler handler,
    IOptions<ServeOptions> options,
    TimeProvider time,
    ILogger<BlobTriggerPoller> logger) : BackgroundService
{
    /// <summary>Blobs modified this close to a pass's start are looked at again next pass, for clock skew and slow uploads.</summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, (string ETag, DateTimeOffset LastModified)> _processed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly ThrottledErrorLog _errors = new(logger, time, TimeSpan.FromSeconds(30));
    private DateTimeOffset _floor = DateTimeOffset.MinValue;

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
        var passStart = time.GetUtcNow();
        try
        {
            await foreach (var blob in blobs.ListAsync(cancellationToken))
            {
                if (IsDone(blob) || !_inFlight.TryAdd(blob.Name, 0))
                {
                    continue;
                }

                await work.WriteAsync(blob, cancellationToken);
            }

            // Everything older than this pass (less the overlap) has been handed to a worker, and anything a worker
            // fails on stays in _failures, so those blobs need no memory any more.
            _floor = passStart - Overlap;
            foreach (var (name, seen) in _processed)
            {
                if (seen.LastModified < _floor)
                {
                    _processed.TryRemove(name, out _);
                }
            }

            _errors.Success("Listing the articles container");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _errors.Failure("Listing the articles container", ex);
        }
    }

    private bool IsDone(ArticleBlob blob)
    {
        if (_failures.ContainsKey(blob.Name))
        {
            return false;
        }

        return blob.LastModified < _floor
            || _processed.TryGetValue(blob.Name, out var seen) && seen.ETag == blob.ETag.ToString();
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
        try
        {
            await handler.HandleAsync(blob.Name, cancellationToken);
            _processed[blob.Name] = (blob.ETag.ToString(), blob.LastModified);
            _failures.TryRemove(blob.Name, out _);
            _errors.Success("Cleaning articles");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _errors.Failure("Cleaning articles", ex);
            if (StorageFaults.IsTransient(ex))
            {
                // An outage is no fault of the blob: it is tried again on every pass until storage is back.
                _failures.TryAdd(blob.Name, 0);
                return;
            }

            var attempts = _failures.AddOrUpdate(blob.Name, 1, (_, n) => n + 1);
            if (attempts >= options.Value.MaxBlobAttempts)
            {
                LogGaveUp(logger, blob.Name, attempts, ex.Message);
                _processed[blob.Name] = (blob.ETag.ToString(), blob.LastModified);
                _failures.TryRemove(blob.Name, out _);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up on blob {BlobName} after {Attempts} attempts: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, string blobName, int attempts, string reason);
}
