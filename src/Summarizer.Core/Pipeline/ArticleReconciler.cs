using Azure;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;

namespace Summarizer.Core.Pipeline;

/// <summary>
/// The repair for blob events that never arrive: each run sends through the clean stage, exactly as an event would,
/// the blobs of dead-lettered events, the articles still <c>pending</c> after <see cref="PipelineOptions.PendingTimeout"/>,
/// and a batch of the <c>articles</c> container's blobs that the index has no receipt for, going on from where the last
/// run stopped. The clean stage's receipt (the blob ETag on the index row) makes a late real event, or a second
/// host's run, change nothing. Both hosts run it on a timer; each run is bounded by <see cref="PipelineOptions.ReconcileBatch"/>.
/// </summary>
public sealed partial class ArticleReconciler(
    ArticleBlobStore blobs,
    ArticleIndex index,
    CleanArticleHandler cleaner,
    DeadLetteredEvents deadLetters,
    ReconcileCursorStore cursor,
    StorageClients clients,
    PipelineMetrics metrics,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    ILogger<ArticleReconciler> logger)
{
    /// <summary>The <c>source</c> of a blob found by listing the container.</summary>
    public const string BlobsSource = "blobs";

    /// <summary>The <c>source</c> of an article found still pending.</summary>
    public const string PendingSource = "pending";

    /// <summary>The <c>source</c> of a blob named by a dead-lettered event.</summary>
    public const string DeadLetterSource = "deadletter";

    /// <summary>Rows read at most for the age of the oldest unfinished article, per status.</summary>
    private const int OldestScanLimit = 10_000;

    private readonly QueueClient _poison = clients.Queue(StorageNames.SummarizePoisonQueue);

    /// <summary>
    /// Runs once. A storage outage ends the run with its exception; what was not finished is found again by the next
    /// run, since the listing position is stored only after its page is done and dead-letter files are removed only
    /// once handled.
    /// </summary>
    public async Task<ReconcileReport> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.PendingTimeout;
        var run = new Run();
        var (removed, unreadable) = await RecoverDeadLettersAsync(run, cancellationToken);
        await RecoverPendingAsync(cutoff, run, cancellationToken);
        var (examined, passEnded) = await ReconcileBlobsAsync(cutoff, run, cancellationToken);
        var oldest = await OldestUnfinishedAsync(cancellationToken);
        var poison = await PoisonQueueLengthAsync(cancellationToken);
        metrics.ReconcileRun(oldest, poison);

        var report = new ReconcileReport(examined, passEnded, run.Recovered, removed, unreadable, run.Failures, oldest, poison);
        if (report.TotalRecovered > 0 || report.Failures > 0 || unreadable > 0)
        {
            LogRecoveries(logger, report.TotalRecovered, report.RecoveredFrom(BlobsSource), report.RecoveredFrom(PendingSource),
                report.RecoveredFrom(DeadLetterSource), removed, unreadable, report.Failures, examined);
        }
        else
        {
            LogNothingLost(logger, examined, passEnded);
        }

        return report;
    }

    private async Task<(int Removed, int Unreadable)> RecoverDeadLettersAsync(Run run, CancellationToken cancellationToken)
    {
        var (removed, unreadable) = (0, 0);
        foreach (var file in await deadLetters.ListAsync(options.Value.ReconcileBatch, cancellationToken))
        {
            var names = await deadLetters.ReadArticleNamesAsync(file.Name, cancellationToken);
            if (names is null)
            {
                LogUnreadableDeadLetter(logger, file.Name);
                unreadable++;
                continue;
            }

            var failuresBefore = run.Failures;
            foreach (var name in names)
            {
                await SendAsync(name, DeadLetterSource, run, cancellationToken);
            }

            if (run.Failures == failuresBefore)
            {
                await deadLetters.DeleteAsync(file.Name, file.Properties.ETag ?? ETag.All, cancellationToken);
                removed++;
            }
        }

        return (removed, unreadable);
    }

    private async Task RecoverPendingAsync(DateTimeOffset cutoff, Run run, CancellationToken cancellationToken)
    {
        var taken = 0;
        await foreach (var entry in index.ListByStatusAsync(ArticleStatus.Pending, cancellationToken, updatedBefore: cutoff))
        {
            if (++taken > options.Value.ReconcileBatch)
            {
                break;
            }

            if (await SendAsync(entry.Name, PendingSource, run, cancellationToken) == CleanOutcome.Vanished
                && await blobs.GetAsync(entry.Name, cancellationToken) is null)
            {
                await RejectVanishedAsync(entry, cancellationToken);
            }
        }
    }

    /// <summary>An upload whose blob is gone can never be cleaned: it ends rejected with the reason instead of pending for ever.</summary>
    private async Task RejectVanishedAsync(ArticleIndexEntry entry, CancellationToken cancellationToken)
    {
        const string reason = "The uploaded file is no longer in storage, so it could not be cleaned; upload it again.";

        // The listing gives status rows; the write goes through the article's own row, read again for its ETag.
        if (await index.GetAsync(entry.Id, cancellationToken) is not { Status: ArticleStatus.Pending } current)
        {
            return;
        }

        var updated = current with { Status = ArticleStatus.Rejected, Error = reason, UpdatedAt = time.GetUtcNow() };
        if (await index.TryReplaceAsync(updated, cancellationToken))
        {
            metrics.ArticleOutcome(ArticleStatus.Rejected);
            LogVanished(logger, entry.Id, entry.Name);
        }
    }

    private async Task<(int Examined, bool PassEnded)> ReconcileBlobsAsync(DateTimeOffset cutoff, Run run, CancellationToken cancellationToken)
    {
        var token = await cursor.GetAsync(cancellationToken);
        ArticleBlobPage page;
        try
        {
            page = await blobs.ListPageAsync(options.Value.ReconcileBatch, token, cancellationToken);
        }
        catch (RequestFailedException ex) when (token is not null && ex.Status == 400)
        {
            // A position the service no longer takes (the container was recreated): start the pass again.
            LogCursorReset(logger, ex.Message);
            page = await blobs.ListPageAsync(options.Value.ReconcileBatch, null, cancellationToken);
        }

        foreach (var blob in page.Items)
        {
            if (blob.LastModified > cutoff || await HasReceiptAsync(blob, cancellationToken))
            {
                // Young blobs are left to the event on its way; the next pass looks at them again.
                continue;
            }

            await SendAsync(blob.Name, BlobsSource, run, cancellationToken);
        }

        await cursor.SetAsync(page.ContinuationToken, cancellationToken);
        return (page.Items.Count, page.ContinuationToken is null);
    }

    private async Task<bool> HasReceiptAsync(ArticleBlob blob, CancellationToken cancellationToken)
    {
        var entry = await index.GetAsync(ArticleId.FromBlobName(blob.Name), cancellationToken);
        return entry?.HasReceiptFor(blob.ETag.ToString()) == true;
    }

    /// <summary>Cleans <paramref name="name"/> once per run; a failure of its own is counted and left to the next run, an outage ends the run.</summary>
    private async Task<CleanOutcome?> SendAsync(string name, string source, Run run, CancellationToken cancellationToken)
    {
        if (!run.Sent.Add(name))
        {
            return null;
        }

        try
        {
            var outcome = await cleaner.HandleAsync(name, cancellationToken);
            if (outcome is CleanOutcome.Cleaned or CleanOutcome.Rejected)
            {
                run.Recovered[source] = run.Recovered.GetValueOrDefault(source) + 1;
                metrics.Recovered(source);
                LogRecovered(logger, ArticleId.FromBlobName(name), name, source, outcome);
            }

            return outcome;
        }
        catch (Exception ex) when (!StorageFaults.IsTransient(ex) && ex is not OperationCanceledException)
        {
            run.Failures++;
            LogSendFailed(logger, ex, name, source);
            return null;
        }
    }

    private async Task<TimeSpan?> OldestUnfinishedAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? oldest = null;
        foreach (var status in new[] { ArticleStatus.Pending, ArticleStatus.Cleaned })
        {
            if (await index.OldestUploadAsync(status, OldestScanLimit, cancellationToken) is { } at && (oldest is null || at < oldest))
            {
                oldest = at;
            }
        }

        return oldest is { } t ? time.GetUtcNow() - t : null;
    }

    private async Task<long> PoisonQueueLengthAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await _poison.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return 0;
        }
    }

    private sealed class Run
    {
        public HashSet<string> Sent { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Recovered { get; } = new(StringComparer.Ordinal);

        public int Failures { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconcile: article {ArticleId} from blob {BlobName} had no event ({Source}); clean stage: {Outcome}")]
    private static partial void LogRecovered(ILogger logger, string articleId, string blobName, string source, CleanOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconcile recovered {Recovered} articles ({FromBlobs} from blobs, {FromPending} pending, {FromDeadLetters} dead-lettered); removed {DeadLettersRemoved} dead-letter files, kept {DeadLettersUnreadable} unreadable; {Failures} failed; {Examined} blobs examined")]
    private static partial void LogRecoveries(ILogger logger, int recovered, int fromBlobs, int fromPending, int fromDeadLetters, int deadLettersRemoved, int deadLettersUnreadable, int failures, int examined);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconcile found nothing lost; {Examined} blobs examined, end of container reached: {PassEnded}")]
    private static partial void LogNothingLost(ILogger logger, int examined, bool passEnded);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dead-letter file {BlobName} is not a list of Event Grid events; it is kept")]
    private static partial void LogUnreadableDeadLetter(ILogger logger, string blobName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} from blob {BlobName} stayed pending and its blob is gone; marked rejected")]
    private static partial void LogVanished(ILogger logger, string articleId, string blobName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reconcile could not clean blob {BlobName} ({Source}); the next run tries again")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string blobName, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The stored listing position was refused ({Reason}); the pass over the articles container starts again")]
    private static partial void LogCursorReset(ILogger logger, string reason);
}
