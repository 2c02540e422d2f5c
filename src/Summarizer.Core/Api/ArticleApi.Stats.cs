using Summarizer.Core.Articles;
using Summarizer.Core.Storage;

namespace Summarizer.Core.Api;

public sealed partial class ArticleApi
{
    /// <summary>Each status is counted up to this many articles; a count at the limit reads "at least".</summary>
    public const int StatsCountLimit = 10_000;

    /// <summary>The time-based figures read at most this many summarized articles.</summary>
    public const int StatsMaxRows = 5_000;

    /// <summary>How far back, by creation time, the time-based figures look: the chart's day plus a week of model usage.</summary>
    public static readonly TimeSpan StatsWindowLength = TimeSpan.FromDays(7);

    /// <summary>
    /// <c>GET /api/stats</c>: counts by status and the summarized articles' figures, and this process's pipeline
    /// metrics (<see cref="PipelineStats.Pipeline"/>). The figures come from bounded range queries on the
    /// index (status rows only, counted up to <see cref="StatsCountLimit"/>; summarized rows of the last
    /// <see cref="StatsWindowLength"/>, at most <see cref="StatsMaxRows"/>), never a scan of the whole table.
    /// </summary>
    public Task<ApiResponse> GetStatsAsync(CancellationToken cancellationToken) =>
        GuardAsync(() => GetStatsCoreAsync(cancellationToken), cancellationToken);

    private async Task<ApiResponse> GetStatsCoreAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var counts = new Dictionary<string, int>();
        foreach (var status in ArticleStatus.All)
        {
            counts[status] = await index.CountAsync(status, StatsCountLimit, cancellationToken);
        }

        var createdAfter = now - StatsWindowLength;
        var summarized = new List<ArticleIndexEntry>();
        var truncated = false;
        await foreach (var entry in index.ListCreatedAfterAsync(ArticleStatus.Summarized, createdAfter, cancellationToken))
        {
            if (summarized.Count == StatsMaxRows)
            {
                truncated = true;
                break;
            }

            summarized.Add(entry);
        }

        var window = new StatsWindow(createdAfter, StatsMaxRows, summarized.Count, truncated);
        return ApiResponse.Json(200, PipelineStats.From(counts, StatsCountLimit, summarized, window, now) with { Pipeline = metrics.Snapshot() });
    }
}
