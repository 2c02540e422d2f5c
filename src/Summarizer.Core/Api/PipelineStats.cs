using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;

namespace Summarizer.Core.Api;

/// <summary>
/// The dashboard's figures: articles per status (each counted up to <paramref name="CountLimit"/>), articles summarized
/// per hour over the last day, upload-to-summary times over the last day, and chat model usage per day; and the
/// <c>Summarizer.Pipeline</c> meter's totals of the process that answers.
/// </summary>
public sealed record PipelineStats(
    DateTimeOffset GeneratedAt,
    IReadOnlyDictionary<string, int> Counts,
    int CountLimit,
    IReadOnlyList<HourlyCount> SummarizedPerHour,
    UploadToSummaryTimes UploadToSummary,
    IReadOnlyList<DailyModelUsage> ModelUsage,
    StatsWindow Window)
{
    /// <summary>The provider name of the offline summarizer, which calls no model.</summary>
    public const string OfflineProvider = "Offline";

    /// <summary>The pipeline metrics of the answering process since it started; null when not taken.</summary>
    public PipelineMetricsSnapshot? Pipeline { get; init; }

    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>Works the figures out from the status counts and the summarized articles of <paramref name="window"/>.</summary>
    public static PipelineStats From(
        IReadOnlyDictionary<string, int> counts, int countLimit, IReadOnlyList<ArticleIndexEntry> summarized, StatsWindow window, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(summarized);
        var lastDay = summarized.Where(e => e.SummarizedAt is { } at && at > now - Day && at <= now).ToList();
        return new PipelineStats(now, counts, countLimit, PerHour(lastDay, now), Times(lastDay), Usage(summarized), window);
    }

    /// <summary>24 hourly buckets, oldest first, the last one the current (partial) hour.</summary>
    private static List<HourlyCount> PerHour(List<ArticleIndexEntry> lastDay, DateTimeOffset now)
    {
        var currentHour = new DateTimeOffset(now.UtcDateTime.Date.AddHours(now.UtcDateTime.Hour), TimeSpan.Zero);
        var first = currentHour.AddHours(-23);
        var buckets = new int[24];
        foreach (var entry in lastDay)
        {
            var hour = (int)Math.Floor((entry.SummarizedAt!.Value - first).TotalHours);
            if (hour is >= 0 and < 24)
            {
                buckets[hour]++;
            }
        }

        return buckets.Select((count, i) => new HourlyCount(first.AddHours(i), count)).ToList();
    }

    private static UploadToSummaryTimes Times(List<ArticleIndexEntry> lastDay)
    {
        var durations = lastDay
            .Where(e => e.UploadedAt is not null)
            .Select(e => (long)(e.SummarizedAt!.Value - e.UploadedAt!.Value).TotalMilliseconds)
            .Where(ms => ms >= 0)
            .Order()
            .ToList();
        return durations.Count == 0
            ? new UploadToSummaryTimes(0, null, null)
            : new UploadToSummaryTimes(durations.Count, NearestRank(durations, 0.5), NearestRank(durations, 0.95));
    }

    /// <summary>The smallest value with at least <paramref name="fraction"/> of the values at or below it.</summary>
    private static long NearestRank(List<long> sorted, double fraction) =>
        sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Count) - 1)];

    private static List<DailyModelUsage> Usage(IReadOnlyList<ArticleIndexEntry> summarized) =>
        summarized
            .Where(e => e.SummarizedAt is not null && e.Provider is { } p && !string.Equals(p, OfflineProvider, StringComparison.OrdinalIgnoreCase))
            .GroupBy(e => (Day: DateOnly.FromDateTime(e.SummarizedAt!.Value.UtcDateTime), Provider: e.Provider!))
            .OrderBy(g => g.Key.Day).ThenBy(g => g.Key.Provider, StringComparer.Ordinal)
            .Select(g => new DailyModelUsage(
                g.Key.Day, g.Key.Provider, g.Count(), g.Sum(e => e.ModelCalls ?? 0), g.Sum(e => (long)(e.PromptTokens ?? 0)), g.Sum(e => (long)(e.CompletionTokens ?? 0))))
            .ToList();
}
