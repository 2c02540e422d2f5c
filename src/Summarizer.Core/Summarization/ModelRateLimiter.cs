using System.Diagnostics;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Summarizer.Core.Summarization;

/// <summary>
/// Keeps every model call of this process under the deployment's quota (<see cref="SummarizationOptions.RequestsPerMinute"/>,
/// <see cref="SummarizationOptions.TokensPerMinute"/>) with token buckets: calls wait for their turn instead of
/// meeting a 429. Requests are spaced evenly, since quotas are enforced over windows of ten seconds; tokens may
/// burst up to a tenth of the quota. The total wait it imposed is kept for the logs and the stats API.
/// </summary>
public sealed partial class ModelRateLimiter : IDisposable
{
    private static readonly TimeSpan ShortestPeriod = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(30);

    private readonly TokenBucketRateLimiter? _requests;
    private readonly TokenBucketRateLimiter? _tokens;
    private readonly int _tokenBucketSize;
    private readonly ILogger<ModelRateLimiter> _logger;
    private long _calls;
    private long _delayedCalls;
    private long _waitTicks;
    private long _lastLogTimestamp = Stopwatch.GetTimestamp();

    public ModelRateLimiter(IOptions<SummarizationOptions> options, ILogger<ModelRateLimiter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        var o = options.Value;
        if (o.RequestsPerMinute is { } requests)
        {
            _requests = RequestBucket(requests);
        }

        if (o.TokensPerMinute is { } tokens)
        {
            _tokenBucketSize = Math.Max(1, tokens / 10);
            _tokens = TokenBucket(tokens, _tokenBucketSize);
        }
    }

    /// <summary>Whether a quota is configured; without one, calls go straight through.</summary>
    public bool IsEnabled => _requests is not null || _tokens is not null;

    /// <summary>What the limiter has done since the process started.</summary>
    public ModelRateLimitStats Snapshot() => new(
        IsEnabled, Interlocked.Read(ref _calls), Interlocked.Read(ref _delayedCalls), (long)TimeSpan.FromTicks(Interlocked.Read(ref _waitTicks)).TotalMilliseconds);

    /// <summary>Waits until one request of about <paramref name="tokens"/> tokens fits the quota.</summary>
    public async ValueTask AcquireAsync(int tokens, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (_tokens is not null)
        {
            // A request larger than the bucket takes all of it rather than waiting for ever.
            await AcquireAsync(_tokens, Math.Clamp(tokens, 1, _tokenBucketSize), cancellationToken);
        }

        if (_requests is not null)
        {
            await AcquireAsync(_requests, 1, cancellationToken);
        }

        Record(Stopwatch.GetElapsedTime(started));
    }

    public void Dispose()
    {
        _requests?.Dispose();
        _tokens?.Dispose();
    }

    private static async ValueTask AcquireAsync(TokenBucketRateLimiter limiter, int permits, CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(permits, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The model rate limiter refused a call although its queue is unbounded.");
        }
    }

    /// <summary>
    /// Calls spaced evenly (a bucket of one): quotas are enforced over windows of ten seconds, and a bucket of one
    /// lets a window hold one call more than its refills, the one saved while idle, so the refills come at one fewer
    /// than a sixth of the quota per ten seconds. No ten-second window then holds more than a sixth of the quota.
    /// </summary>
    private static TokenBucketRateLimiter RequestBucket(int perMinute)
    {
        var perWindow = perMinute / 6.0;
        var period = TimeSpan.FromSeconds(10) / Math.Max(perWindow - 1, perWindow / 2);

        // Above ten calls a second the timer would tick too often: several calls per tick instead.
        var perPeriod = period < ShortestPeriod ? (int)Math.Ceiling(ShortestPeriod / period) : 1;
        return Bucket(period * perPeriod, perPeriod, size: perPeriod);
    }

    /// <summary>
    /// Tokens may burst up to a tenth of the quota, so the refills come at nine tenths of it: no minute then takes
    /// more than the quota.
    /// </summary>
    private static TokenBucketRateLimiter TokenBucket(int perMinute, int size)
    {
        var perPeriod = Math.Max(1, (int)(perMinute * 0.9 * (ShortestPeriod / TimeSpan.FromMinutes(1))));
        var period = TimeSpan.FromMinutes(1) * perPeriod / (perMinute * 0.9);
        return Bucket(period, perPeriod, size);
    }

    private static TokenBucketRateLimiter Bucket(TimeSpan period, int tokensPerPeriod, int size) => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = Math.Max(size, tokensPerPeriod),
        TokensPerPeriod = tokensPerPeriod,
        ReplenishmentPeriod = period,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    private void Record(TimeSpan waited)
    {
        Interlocked.Increment(ref _calls);
        if (waited < TimeSpan.FromMilliseconds(1))
        {
            return;
        }

        Interlocked.Increment(ref _delayedCalls);
        Interlocked.Add(ref _waitTicks, waited.Ticks);
        var last = Interlocked.Read(ref _lastLogTimestamp);
        if (Stopwatch.GetElapsedTime(last) >= LogEvery && Interlocked.CompareExchange(ref _lastLogTimestamp, Stopwatch.GetTimestamp(), last) == last)
        {
            var stats = Snapshot();
            LogWaited(_logger, stats.DelayedCalls, stats.Calls, TimeSpan.FromMilliseconds(stats.WaitMilliseconds));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model rate limiter: {DelayedCalls} of {Calls} model calls waited for the quota, {TotalWait} in all")]
    private static partial void LogWaited(ILogger logger, long delayedCalls, long calls, TimeSpan totalWait);
}
