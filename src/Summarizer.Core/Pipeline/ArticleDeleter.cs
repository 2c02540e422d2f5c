using Microsoft.Extensions.Logging;
using Summarizer.Core.Storage;

namespace Summarizer.Core.Pipeline;

/// <summary>
/// Deletes an article everywhere: first its index rows, in one transaction that leaves a tombstone with its last
/// version (so a late message or event for it is dropped) and marks the deletion unfinished; then every version of
/// its blob and its cleaned and summary documents; then marks the deletion finished. A crash in between leaves the
/// mark, and <see cref="FinishUnfinishedAsync"/> (run by the stalled-article sweep) completes it.
/// </summary>
public sealed partial class ArticleDeleter(
    ArticleBlobStore blobs,
    ArticleDocumentStore documents,
    ArticleIndex index,
    TimeProvider time,
    ILogger<ArticleDeleter> logger)
{
    /// <summary>Deletes the article if its row is still <paramref name="entry"/>; false when it changed meanwhile.</summary>
    public async Task<bool> DeleteAsync(ArticleIndexEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var now = time.GetUtcNow();
        if (!await index.TryDeleteAsync(entry, now, cancellationToken))
        {
            return false;
        }

        await PurgeAsync(new ArticleTombstone(entry.Id, entry.Name, entry.Version, now, Finished: false), cancellationToken);
        return true;
    }

    /// <summary>Finishes the deletions begun more than <paramref name="olderThan"/> ago; returns how many it finished.</summary>
    public async Task<int> FinishUnfinishedAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        var finished = 0;
        await foreach (var tombstone in index.ListUnfinishedDeletesAsync(time.GetUtcNow() - olderThan, cancellationToken))
        {
            LogResumed(logger, tombstone.Id, tombstone.DeletedAt);
            await PurgeAsync(tombstone, cancellationToken);
            finished++;
        }

        return finished;
    }

    private async Task PurgeAsync(ArticleTombstone tombstone, CancellationToken cancellationToken)
    {
        var versions = await blobs.DeleteAllVersionsAsync(tombstone.Name, cancellationToken);
        await documents.DeleteAsync(tombstone.Id, cancellationToken);
        await index.FinishDeleteAsync(tombstone, cancellationToken);
        LogDeleted(logger, tombstone.Id, tombstone.Name, versions);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {ArticleId} deleted: blob {BlobName} ({BlobVersions} blob versions), its documents and its index rows")]
    private static partial void LogDeleted(ILogger logger, string articleId, string blobName, int blobVersions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Finishing the deletion of article {ArticleId}, begun at {DeletedAt}")]
    private static partial void LogResumed(ILogger logger, string articleId, DateTimeOffset deletedAt);
}
