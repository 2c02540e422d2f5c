using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;

namespace Summarizer.Core.Pipeline;

/// <summary>
/// Queues again the articles that have waited in status <c>cleaned</c> longer than
/// <see cref="PipelineOptions.RequeueStalledAfter"/>, or longer than <see cref="PipelineOptions.RequeueLostAfter"/> while
/// the summarize queue is empty: the repair for a message lost to a crash or a storage outage between the index write
/// and the send. A duplicate message this may make is dropped by the summarize stage. It also finishes the deletions a
/// crash interrupted (<see cref="ArticleDeleter"/>).
/// </summary>
public sealed partial class StalledArticleSweeper(
    ArticleIndex index,
    SummarizeQueue queue,
    ArticleDeleter deleter,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    ILogger<StalledArticleSweeper> logger)
{
    /// <summary>A deletion unfinished this long after it began was interrupted, and the sweep finishes it.</summary>
    public static readonly TimeSpan DeleteInterruptedAfter = TimeSpan.FromMinutes(1);

    /// <summary>Runs one sweep and returns how many articles it queued again.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await deleter.FinishUnfinishedAsync(DeleteInterruptedAfter, cancellationToken);

        // With no message in the queue, visible or not, no cleaned article is waiting for one: any that has been
        // cleaned for longer than an index write takes to be followed by its send has lost its message.
        var o = options.Value;
        var wait = o.RequeueStalledAfter;
        if (o.RequeueLostAfter < wait && await queue.IsEmptyAsync(cancellationToken))
        {
            wait = o.RequeueLostAfter;
        }

        var cutoff = now - wait;
        var stalled = index.ListByStatusAsync(ArticleStatus.Cleaned, cancellationToken, cutoff);
        var requeued = 0;
        await foreach (var listed in stalled)
        {
            // The listing row is a copy; touch the article's own row so that one sweep, not every sweep, sends it.
            var entry = await index.GetAsync(listed.Id, cancellationToken);
            // An article waiting for a delayed retry after transient model failures is stalled only once that retry is overdue.
            if (entry is not { Status: ArticleStatus.Cleaned, ContentHash: not null } || entry.UpdatedAt >= cutoff || entry.RetryAt >= cutoff)
            {
                continue;
            }

            if (await index.TryReplaceAsync(entry with { UpdatedAt = now }, cancellationToken))
            {
                // The message carries the row's count of transient failures, or the summarize stage drops it as superseded.
                var request = new SummarizeRequest(entry.Id, entry.Version, entry.ContentHash)
                {
                    Attempt = entry.TransientFailures ?? 0,
                    FirstTransientFailureAt = entry.FirstTransientFailureAt,
                };
                await queue.EnqueueAsync(request, cancellationToken);
                LogRequeued(logger, entry.Id, entry.Version, entry.UpdatedAt);
                requeued++;
            }
        }

        return requeued;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} version {Version} waited since {UpdatedAt} without a summary; queued again")]
    private static partial void LogRequeued(ILogger logger, string articleId, int version, DateTimeOffset updatedAt);
}
