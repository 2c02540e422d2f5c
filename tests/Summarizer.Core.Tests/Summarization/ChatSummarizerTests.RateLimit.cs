using Summarizer.Core.Summarization;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Summarization;

// The process-wide rate limiter and what the summarize stage reads from a failed call.
public sealed partial class ChatSummarizerTests
{
    private void AnswerEveryRequest() => _server.Responder = _ => LoopbackModelServerResponse.Answer(Answer("heatwave"));

    [Fact]
    public async Task RequestsPerMinute_SpacesConcurrentCallsEvenly_AndRecordsTheWait()
    {
        AnswerEveryRequest();
        using var harness = OpenAI(new() { ["Summarization:RequestsPerMinute"] = "60" });

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power"))));

        // One call a second: four calls started together reach the server over at least three seconds' worth of
        // refills, less one for the call the full bucket lets through at once.
        var arrivals = _server.Requests.Select(r => r.ReceivedAt).Order().ToList();
        Assert.Equal(4, arrivals.Count);
        Assert.True(arrivals[^1] - arrivals[0] >= TimeSpan.FromSeconds(1.8), $"The calls arrived within {arrivals[^1] - arrivals[0]}.");
        var stats = harness.Limiter.Snapshot();
        Assert.True(stats.Enabled);
        Assert.Equal(4, stats.Calls);
        Assert.InRange(stats.DelayedCalls, 2, 4);
        Assert.True(stats.WaitMilliseconds >= 1800, $"The limiter recorded {stats.WaitMilliseconds} ms of waiting.");
    }

    [Fact]
    public async Task TokensPerMinute_CountsThePromptAndTheOutputLimit()
    {
        AnswerEveryRequest();
        // 60,000 a minute: a bucket of 6,000 refilled at 900 a second. Each call asks for 3,500 output tokens, so the
        // second waits for the bucket; counted by its prompt alone, it would not wait at all.
        using var harness = OpenAI(new() { ["Summarization:TokensPerMinute"] = "60000", ["Summarization:MaxOutputTokens"] = "3500" });

        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power"))));

        var arrivals = _server.Requests.Select(r => r.ReceivedAt).Order().ToList();
        Assert.True(arrivals[1] - arrivals[0] >= TimeSpan.FromSeconds(0.9), $"The second call arrived {arrivals[1] - arrivals[0]} after the first.");
        Assert.True(harness.Limiter.Snapshot().WaitMilliseconds >= 900, $"The limiter recorded {harness.Limiter.Snapshot().WaitMilliseconds} ms of waiting.");
    }

    [Fact]
    public async Task WithoutAQuota_TheLimiterIsOff_AndNothingWaits()
    {
        AnswerEveryRequest();
        using var harness = OpenAI();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power"))));

        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal(new ModelRateLimitStats(false, 0, 0, 0), harness.Limiter.Snapshot());
    }

    [Fact]
    public async Task RateLimitedCall_CarriesTheRetryAfterTheEndpointAskedFor()
    {
        _server.Enqueue(LoopbackModelServerResponse.TooManyRequests(retryAfterSeconds: 7));
        using var harness = OpenAI(new() { ["Summarization:MaxRetries"] = "0" });

        var failure = await Assert.ThrowsAsync<SummarizationException>(() => harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power")));

        Assert.True(failure.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(7), ModelFailure.RetryAfter(failure));
    }

    [Fact]
    public async Task RejectedKey_IsAConfigurationError_WithoutRetryAfter()
    {
        _server.Enqueue(LoopbackModelServerResponse.Unauthorized());
        using var harness = OpenAI(new() { ["Summarization:MaxRetries"] = "0" });

        var failure = await Assert.ThrowsAsync<SummarizationException>(() => harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power")));

        Assert.Equal(SummarizationFailureKind.Configuration, failure.Kind);
        Assert.Null(ModelFailure.RetryAfter(failure));
    }
}
