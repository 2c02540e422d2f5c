using System.Collections.Concurrent;
using System.Threading.Channels;
using Summarizer.Core.Storage;

namespace Summarizer.Cli.Hosting;

/// <summary>
/// Lists the <c>articles</c> container again and again and hands each new blob version to a callback once, a few at
/// a time. A version counts as handled only when the callback returns; one that throws is offered again on the next
/// pass, without limit while <see cref="BlobScanSettings.IsOutage"/> says the failure is no fault of the blob, else up
/// to <see cref="BlobScanSettings.MaxAttempts"/> times. In memory the scan keeps only blobs changed since its last full
/// pass, so its memory does not grow with the container; what survives a restart is the callback's own receipt.
/// </summary>
internal sealed partial class ArticleBlobScan(ArticleBlobStore blobs, BlobScanSettings settings, TimeProvider time, ILogger logger)
{
    /// <summary>Blobs modified this close to a pass's start are looked at again next pass, for clock skew and slow uploads.</summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, (string ETag, DateTimeOffset LastModified)> _processed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly ThrottledErrorLog _errors = new(logger, time, TimeSpan.FromSeconds(30));
    private DateTimeOffset _floor = DateTimeOffset.MinValue;

    /// <summary>Scans until <paramref name="stoppingToken"/> is cancelled, then lets the callbacks under way finish.</summary>
    public async Task RunAsync(Func<ArticleBlob, CancellationToken, Task> handle, CancellationToken stoppingToken)
    {
        var work = Channel.CreateBounded<ArticleBlob>(new BoundedChannelOptions(settings.Concurrency * 4) { SingleWriter = true });
        var workers = Enumerable.Range(0, settings.Concurrency).Select(_ => RunWorkerAsync(work.Reader, handle, stoppingToken)).ToList();
        try
        {
            using var timer = new PeriodicTimer(settings.PollInterval, time);
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

    private async Task RunWorkerAsync(ChannelReader<ArticleBlob> work, Func<ArticleBlob, CancellationToken, Task> handle, CancellationToken cancellationToken)
    {
        await foreach (var blob in work.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                if (!cancellationToken.IsCancellationRequested)
                {
                    await HandleAsync(blob, handle, cancellationToken);
                }
            }
            finally
            {
                _inFlight.TryRemove(blob.Name, out _);
            }
        }
    }

    private async Task HandleAsync(ArticleBlob blob, Func<ArticleBlob, CancellationToken, Task> handle, CancellationToken cancellationToken)
    {
        try
        {
            await handle(blob, cancellationToken);
            _processed[blob.Name] = (blob.ETag.ToString(), blob.LastModified);
            _failures.TryRemove(blob.Name, out _);
            _errors.Success(settings.Activity);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _errors.Failure(settings.Activity, ex);
            if (settings.IsOutage(ex))
            {
                // An outage is no fault of the blob: it is tried again on every pass until the outage ends.
                _failures.TryAdd(blob.Name, 0);
                return;
            }

            var attempts = _failures.AddOrUpdate(blob.Name, 1, (_, n) => n + 1);
            if (attempts >= settings.MaxAttempts)
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
