using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Core.Storage;

namespace Summarizer.Core.Pipeline;

/// <summary>
/// Deletes the articles created more than <see cref="PipelineOptions.RetainDays"/> ago, through the same
/// <see cref="ArticleDeleter"/> as the API's delete; does nothing while the setting is unset.
/// </summary>
public sealed partial class RetentionSweeper(
    ArticleIndex index,
    ArticleDeleter deleter,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    ILogger<RetentionSweeper> logger)
{
    /// <summary>At most this many articles are deleted in one run; the next run goes on.</summary>
    public const int MaxPerRun = 500;

    /// <summary>Runs once and returns how many articles it deleted.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        if (options.Value.RetainDays is not { } days)
        {
            return 0;
        }

        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(days);
        var expired = await index.ListCreatedBeforeAsync(cutoff, MaxPerRun, cancellationToken).ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var listed in expired)
        {
            // The listing row is a copy; delete through the article's own row, which guards against a concurrent change.
            if (await index.GetAsync(listed.Id, cancellationToken) is { } entry && entry.CreatedAt < cutoff && await deleter.DeleteAsync(entry, cancellationToken))
            {
                deleted++;
            }
        }

        if (deleted > 0)
        {
            LogExpired(logger, deleted, days);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} articles older than {RetainDays} days (Pipeline:RetainDays)")]
    private static partial void LogExpired(ILogger logger, int count, int retainDays);
}
