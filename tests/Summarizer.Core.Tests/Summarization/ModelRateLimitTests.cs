using Summarizer.Core.Summarization;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Summarization;

/// <summary>
/// The process-wide limiter and what the summarize stage reads from a failed call, through the real Semantic Kernel
/// and OpenAI clients against a loopback server.
/// </summary>
public sealed class ModelRateLimitTests : IAsyncLifetime
{
    private LoopbackModelServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackModelServer.StartAsync();
        _server.Responder = _ => LoopbackModelServerResponse.Answer(File.ReadAllText(TestArticles.DataPath("chat-answer-heatwave.json")));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task RequestsPerMinute_SpacesConcurrentCallsEvenly_AndRecordsTheWait()
    {
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
        using var harness = OpenAI();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power"))));

        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal(new ModelRateLimitStats(false, 0, 0, 0), harness.Limiter.Snapshot());
    }

    [Fact]
    public async Task FailedCall_CarriesTheRetryAfterTheEndpointAskedFor()
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

    private KernelArticleSummarizerHarness OpenAI(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Summarization:Provider"] = "OpenAI",
            ["Summarization:Model"] = "gpt-4o-mini",
            ["Summarization:BaseUrl"] = _server.OpenAIBaseUrl.ToString(),
            ["Summarization:ApiKey"] = "test-key",
            ["Summarization:RetryDelay"] = "00:00:00.020",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return new KernelArticleSummarizerHarness(settings);
    }
}
