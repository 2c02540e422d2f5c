using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;

namespace Summarizer.Core.Pipeline;

/// <summary>
/// Queues again the articles that have waited in status <c>cleaned</c> longer than
/// <see cref="PipelineOptions.RequeueStalledAfter"/>: the repair for a message lost between the index write and the
/// send. A duplicate message this may make is dropped by the summarize stage.
/// </summary>
public sealed partial class StalledArticleSweeper(
    ArticleIndex index,
    SummarizeQueue queue,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    ILogger<StalledArticleSweeper> logger)
{
    /// <summary>Runs one sweep and returns how many articles it queued again.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var stalled = index.ListByStatusAsync(ArticleStatus.Cleaned, cancellationToken, now - options.Value.RequeueStalledAfter);
        var requeued = 0;
        await foreach (var listed in stalled)
        {
            // The listing row is a copy; touch the article's own row so that one sweep, not every sweep, sends it.
            var entry = await index.GetAsync(listed.Id, cancellationToken);
            if (entry is not { Status: ArticleStatus.Cleaned, ContentHash: not null } || entry.UpdatedAt >= now - options.Value.RequeueStalledAfter)
            {
                continue;
            }

            if (await index.TryReplaceAsync(entry with { UpdatedAt = now }, cancellationToken))
            {
                await queue.EnqueueAsync(new SummarizeRequest(entry.Id, entry.Version, entry.ContentHash), cancellationToken);
                LogRequeued(logger, entry.Id, entry.Version, entry.UpdatedAt);
                requeued++;
            }
        }

        return requeued;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} version {Version} waited since {UpdatedAt} without a summary; queued again")]
    private static partial void LogRequeued(ILogger logger, string articleId, int version, DateTimeOffset updatedAt);
}
