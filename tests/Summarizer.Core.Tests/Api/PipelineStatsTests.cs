using Summarizer.Core.Api;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;

namespace Summarizer.Core.Tests.Api;

public sealed class PipelineStatsTests
{
    private static readonly DateTimeOffset Now = new(2030, 3, 14, 15, 40, 0, TimeSpan.Zero);
    private static readonly StatsWindow Window = new(Now.AddDays(-7), 5000, 0, false);
    private static readonly Dictionary<string, int> NoCounts = [];

    [Fact]
    public void From_CountsSummariesPerHour_OverTheLast24Hours_OldestFirst()
    {
        var summarized = new[]
        {
            Summarized(Now.AddMinutes(-5)), Summarized(Now.AddMinutes(-39)), Summarized(Now.AddMinutes(-41)),
            Summarized(Now.AddHours(-23).AddMinutes(-39)), Summarized(Now.AddHours(-30)),
        };

        var stats = PipelineStats.From(NoCounts, 10, summarized, Window, Now);

        Assert.Equal(24, stats.SummarizedPerHour.Count);
        Assert.Equal(new DateTimeOffset(2030, 3, 13, 16, 0, 0, TimeSpan.Zero), stats.SummarizedPerHour[0].Hour);
        Assert.Equal(new DateTimeOffset(2030, 3, 14, 15, 0, 0, TimeSpan.Zero), stats.SummarizedPerHour[^1].Hour);
        Assert.Equal(2, stats.SummarizedPerHour[^1].Count);
        Assert.Equal(1, stats.SummarizedPerHour[^2].Count);
        Assert.Equal(1, stats.SummarizedPerHour[0].Count);
        Assert.Equal(4, stats.SummarizedPerHour.Sum(h => h.Count));
    }

    [Fact]
    public void From_GivesMedianAndNearestRankP95_OfUploadToSummary_OverTheLastDay()
    {
        var summarized = Enumerable.Range(1, 20)
            .Select(i => Summarized(Now.AddMinutes(-i), TimeSpan.FromSeconds(i)))
            .Append(Summarized(Now.AddDays(-2), TimeSpan.FromHours(5)))
            .ToList();

        var times = PipelineStats.From(NoCounts, 10, summarized, Window, Now).UploadToSummary;

        Assert.Equal(20, times.Articles);
        Assert.Equal(10_000, times.MedianMilliseconds);
        Assert.Equal(19_000, times.P95Milliseconds);
    }

    [Fact]
    public void From_WithNothingSummarized_HasNoTimes_AndEmptyHours()
    {
        var stats = PipelineStats.From(NoCounts, 10, [], Window, Now);

        Assert.Equal(0, stats.UploadToSummary.Articles);
        Assert.Null(stats.UploadToSummary.MedianMilliseconds);
        Assert.Null(stats.UploadToSummary.P95Milliseconds);
        Assert.All(stats.SummarizedPerHour, h => Assert.Equal(0, h.Count));
        Assert.Empty(stats.ModelUsage);
    }

    [Fact]
    public void From_SumsModelUsagePerDayAndChatProvider_AndLeavesTheOfflineSummarizerOut()
    {
        var summarized = new[]
        {
            Summarized(Now.AddHours(-1)) with { Provider = "OpenAI", ModelCalls = 2, PromptTokens = 1000, CompletionTokens = 200 },
            Summarized(Now.AddHours(-2)) with { Provider = "OpenAI", ModelCalls = 1, PromptTokens = 500, CompletionTokens = 100 },
            Summarized(Now.AddDays(-3)) with { Provider = "OpenAI", ModelCalls = 4, PromptTokens = 4000, CompletionTokens = 400 },
            Summarized(Now.AddHours(-1)) with { Provider = "AzureOpenAI", ModelCalls = 1, PromptTokens = 300, CompletionTokens = 30 },
            Summarized(Now.AddHours(-1)) with { Provider = "Offline", ModelCalls = 0, PromptTokens = 0, CompletionTokens = 0 },
        };

        var usage = PipelineStats.From(NoCounts, 10, summarized, Window, Now).ModelUsage;

        Assert.Equal(
            [
                new DailyModelUsage(new DateOnly(2030, 3, 11), "OpenAI", 1, 4, 4000, 400),
                new DailyModelUsage(new DateOnly(2030, 3, 14), "AzureOpenAI", 1, 1, 300, 30),
                new DailyModelUsage(new DateOnly(2030, 3, 14), "OpenAI", 2, 3, 1500, 300),
            ],
            usage);
    }

    private static ArticleIndexEntry Summarized(DateTimeOffset at, TimeSpan? took = null)
    {
        var uploaded = at - (took ?? TimeSpan.FromSeconds(2));
        return new ArticleIndexEntry
        {
            Id = "a-" + Guid.NewGuid().ToString("N"),
            Name = "a.txt",
            Status = ArticleStatus.Summarized,
            CreatedAt = uploaded,
            UpdatedAt = at,
            UploadedAt = uploaded,
            SummarizedAt = at,
            Provider = "Offline",
        };
    }
}
