using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Core.Articles;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Storage;
using Summarizer.Core.Summarization;

namespace Summarizer.Core.Pipeline;

/// <summary>
/// The clean stage: reads a new or changed article blob, cleans it, stores the cleaned document, queues it for
/// summarizing and records it in the index. Each blob version is processed once; identical content is not redone.
/// </summary>
public sealed partial class CleanArticleHandler(
    ArticleBlobStore blobs,
    ArticleDocumentStore documents,
    ArticleIndex index,
    SummarizeQueue queue,
    IArticleCleaner cleaner,
    IOptions<PipelineOptions> options,
    PipelineMetrics metrics,
    TimeProvider time,
    ILogger<CleanArticleHandler> logger)
{
    private const int MaxConflictRetries = 5;

    public async Task<CleanOutcome> HandleAsync(string blobName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        var id = ArticleId.FromBlobName(blobName);
        var started = Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            var (outcome, written) = await TryHandleAsync(blobName, id, cancellationToken);
            if (written)
            {
                LogOutcome(logger, id, blobName, outcome);
                Measure(outcome, Stopwatch.GetElapsedTime(started));
                return outcome;
            }

            if (attempt >= MaxConflictRetries)
            {
                throw new InvalidOperationException($"The index row of article {id} kept changing while it was being cleaned.");
            }

            LogConflict(logger, id, attempt);
        }
    }

    private void Measure(CleanOutcome outcome, TimeSpan elapsed)
    {
        if (outcome is CleanOutcome.Cleaned or CleanOutcome.Rejected)
        {
            metrics.ArticleOutcome(outcome == CleanOutcome.Cleaned ? ArticleStatus.Cleaned : ArticleStatus.Rejected);
            metrics.StageDuration(PipelineMetrics.CleanStage, elapsed);
        }
    }

    /// <summary>One optimistic attempt; <c>written</c> is false when another writer changed the row first.</summary>
    private async Task<(CleanOutcome Outcome, bool Written)> TryHandleAsync(string blobName, string id, CancellationToken cancellationToken)
    {
        var blob = await blobs.GetAsync(blobName, cancellationToken);
        if (blob is null)
        {
            return (CleanOutcome.Vanished, true);
        }

        var entry = await index.GetAsync(id, cancellationToken);
        var deletedVersion = entry is null ? (await index.GetTombstoneAsync(id, cancellationToken))?.Version : null;
        if (entry?.SourceETag == blob.ETag.ToString())
        {
            return (CleanOutcome.AlreadyProcessed, true);
        }

        // A name uploaded again after its article was deleted counts on from the deleted versions, so that a message
        // still queued for one of them is dropped rather than taken for the new content.
        var previous = entry ?? (deletedVersion is { } deleted ? NewRow(blob, id, time.GetUtcNow()) with { Version = deleted } : null);
        var started = Stopwatch.GetTimestamp();
        if (blob.ContentLength > options.Value.MaxArticleBytes)
        {
            var reason = $"The article is {blob.ContentLength:N0} bytes, over the limit of {options.Value.MaxArticleBytes:N0} bytes (Pipeline:MaxArticleBytes).";
            return (CleanOutcome.Rejected, await RecordRejectedAsync(previous, blob, id, contentHash: null, reason, started, cancellationToken));
        }

        var content = await blobs.ReadAsync(blobName, blob.ETag, cancellationToken);
        if (content is null)
        {
            return (CleanOutcome.Vanished, true);
        }

        var hash = ContentHash.Of(content);
        if (entry is not null && entry.ContentHash == hash && entry.Status is ArticleStatus.Summarized or ArticleStatus.Rejected)
        {
            return (CleanOutcome.AlreadyProcessed, await RecordReceiptAsync(entry, blob, cancellationToken));
        }

        CleaningResult result;
        try
        {
            result = cleaner.Clean(new ArticleSource(blobName, blob.ContentType, content) { Url = blob.SourceUrl }, cancellationToken);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            // Cleaning reads no storage and calls no service, so a failure is the same on every delivery: retrying
            // would leave the article pending until its message is poisoned, with no reason anywhere a user looks.
            LogCleanerFailed(logger, e, id, blobName);
            var reason = $"The article could not be cleaned: the cleaner failed on it ({e.GetType().Name}: {e.Message}).";
            return (CleanOutcome.Rejected, await RecordRejectedAsync(previous, blob, id, hash, reason, started, cancellationToken));
        }

        if (result.IsRejected)
        {
            return (CleanOutcome.Rejected, await RecordRejectedAsync(previous, blob, id, hash, result.RejectionReason, started, cancellationToken));
        }

        if (result.Article.Blocks.All(b => b.Kind == BlockKind.Heading))
        {
            const string reason = "The article has no text to summarize: only headings were found (images and media are not read).";
            return (CleanOutcome.Rejected, await RecordRejectedAsync(previous, blob, id, hash, reason, started, cancellationToken));
        }

        return (CleanOutcome.Cleaned, await RecordCleanedAsync(previous, blob, id, hash, result.Article, started, cancellationToken));
    }

    private async Task<bool> RecordCleanedAsync(
        ArticleIndexEntry? entry, ArticleBlob blob, string id, string hash, CleanedArticle article, long started, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var version = (entry?.Version ?? 0) + 1;

        // Document, then row, then message. Only the writer whose conditional row write wins sends the message, so
        // two hosts cleaning one blob queue it once; a crash between row and message is repaired by the
        // StalledArticleSweeper, and the summarize stage drops a message whose version the row does not hold.
        await documents.SaveCleanedAsync(new CleanedDocument(id, blob.Name, version, hash, now, article) { Length = RequestedLength(id, blob) }, cancellationToken);
        var updated = NewVersion(entry, blob, id, now) with
        {
            Status = ArticleStatus.Cleaned,
            Version = version,
            ContentHash = hash,
            Title = article.Title,
            Format = article.Format,
            Language = article.Language,
            WordCount = article.WordCount,
            CleanedAt = now,
            CleanMilliseconds = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
        };
        if (!await WriteAsync(entry, updated, cancellationToken))
        {
            return false;
        }

        await queue.EnqueueAsync(new SummarizeRequest(id, version, hash), cancellationToken);
        return true;
    }

    private async Task<bool> RecordRejectedAsync(
        ArticleIndexEntry? entry, ArticleBlob blob, string id, string? contentHash, string reason, long started, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var updated = NewVersion(entry, blob, id, now) with
        {
            Status = ArticleStatus.Rejected,
            Version = (entry?.Version ?? 0) + 1,
            ContentHash = contentHash,
            Error = reason,
            CleanedAt = now,
            CleanMilliseconds = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
        };
        LogRejected(logger, id, blob.Name, reason);
        return await WriteAsync(entry, updated, cancellationToken);
    }

    private Task<bool> RecordReceiptAsync(ArticleIndexEntry entry, ArticleBlob blob, CancellationToken cancellationToken) =>
        index.TryReplaceAsync(entry with { SourceETag = blob.ETag.ToString(), UploadedAt = blob.LastModified, UpdatedAt = time.GetUtcNow() }, cancellationToken);

    /// <summary>
    /// A row for a new content version: what the last version's summary said is cleared. The owner stays the one first
    /// recorded; a new article's is read from its blob's folder and metadata.
    /// </summary>
    private static ArticleIndexEntry NewVersion(ArticleIndexEntry? entry, ArticleBlob blob, string id, DateTimeOffset now) =>
        entry is null ? NewRow(blob, id, now) : NewRow(blob, id, now) with
        {
            OwnerId = entry.OwnerId,
            OwnerName = entry.OwnerName,
            CreatedAt = entry.CreatedAt,
            ETag = entry.ETag,
            StoredStatus = entry.StoredStatus,
        };

    private static ArticleIndexEntry NewRow(ArticleBlob blob, string id, DateTimeOffset now) => new()
    {
        Id = id,
        Name = blob.Name,
        Status = ArticleStatus.Pending,
        OwnerId = BlobNames.OwnerOf(blob.Name, blob.Metadata).Id,
        OwnerName = BlobNames.OwnerOf(blob.Name, blob.Metadata).Name,
        CreatedAt = now,
        UpdatedAt = now,
        UploadedAt = blob.LastModified,
        SourceETag = blob.ETag.ToString(),
        ContentLength = blob.ContentLength,
    };

    // A row never stored (a new article, or one counting on from a deleted one) has no ETag and is inserted.
    private Task<bool> WriteAsync(ArticleIndexEntry? previous, ArticleIndexEntry updated, CancellationToken cancellationToken) =>
        previous is null || previous.ETag == default ? index.TryInsertAsync(updated, cancellationToken) : index.TryReplaceAsync(updated, cancellationToken);

    // The summary length set in the blob's metadata at upload; a value out of range is ignored (with a warning) so
    // that the article is still summarized, at the configured length.
    private SummaryLength? RequestedLength(string id, ArticleBlob blob)
    {
        if (SummaryLength.TryParse(
            blob.Metadata.GetValueOrDefault(SummaryLength.SummarySentencesMetadata),
            blob.Metadata.GetValueOrDefault(SummaryLength.KeyPointsMetadata),
            out var length,
            out var error))
        {
            return length;
        }

        LogIgnoredLength(logger, id, blob.Name, error!);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} from blob {BlobName}: summary length metadata ignored: {Reason}")]
    private static partial void LogIgnoredLength(ILogger logger, string articleId, string blobName, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Clean stage: article {ArticleId} from blob {BlobName}: {Outcome}")]
    private static partial void LogOutcome(ILogger logger, string articleId, string blobName, CleanOutcome outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Article {ArticleId} from blob {BlobName}: the cleaner failed")]
    private static partial void LogCleanerFailed(ILogger logger, Exception exception, string articleId, string blobName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} from blob {BlobName} rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string articleId, string blobName, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Index row of article {ArticleId} changed concurrently; attempt {Attempt} starts again")]
    private static partial void LogConflict(ILogger logger, string articleId, int attempt);
}
