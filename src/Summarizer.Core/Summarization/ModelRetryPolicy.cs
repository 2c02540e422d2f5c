using System.ClientModel.Primitives;
using System.Globalization;

namespace Summarizer.Core.Summarization;

/// <summary>
/// The model clients' retry policy: the client pipeline's own retries on 408, 429 and 5xx, and also on time-outs,
/// waiting at least what <c>Retry-After</c> (or <c>retry-after-ms</c>) asks, else an exponential back-off.
/// </summary>
internal sealed class ModelRetryPolicy : ClientRetryPolicy
{
    private readonly int _maxRetries;
    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _maxDelay;

    public ModelRetryPolicy(int maxRetries, TimeSpan baseDelay, TimeSpan maxDelay)
        : base(maxRetries)
    {
        _maxRetries = maxRetries;
        _baseDelay = baseDelay;
        _maxDelay = maxDelay;
    }

    protected override bool ShouldRetry(PipelineMessage message, Exception? exception)
    {
        var tries = message.TryGetProperty(typeof(ModelRetryPolicy), out var value) && value is int count ? count + 1 : 1;
        message.SetProperty(typeof(ModelRetryPolicy), tries);
        if (base.ShouldRetry(message, exception))
        {
            return true;
        }

        // A network time-out of one try: the default classifier leaves these alone, but a slow model often answers the next try.
        var timedOut = exception is TimeoutException || (exception is OperationCanceledException && !message.CancellationToken.IsCancellationRequested);
        return timedOut && tries <= _maxRetries;
    }

    protected override ValueTask<bool> ShouldRetryAsync(PipelineMessage message, Exception? exception) => new(ShouldRetry(message, exception));

    protected override TimeSpan GetNextDelay(PipelineMessage message, int tryCount)
    {
        var backOff = _baseDelay * Math.Pow(2, Math.Max(tryCount - 1, 0)) * (0.8 + (0.4 * Random.Shared.NextDouble()));
        var asked = RetryAfter(message.Response);
        var delay = asked is { } retryAfter && retryAfter > backOff ? retryAfter : backOff;
        return delay < _maxDelay ? delay : _maxDelay;
    }

    /// <summary>What the response's <c>retry-after-ms</c> or <c>Retry-After</c> header asks for, if it asks.</summary>
    internal static TimeSpan? RetryAfter(PipelineResponse? response)
    {
        if (response is null)
        {
            return null;
        }

        if (response.Headers.TryGetValue("retry-after-ms", out var milliseconds)
            && double.TryParse(milliseconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        if (!response.Headers.TryGetValue("Retry-After", out var value) || value is null)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date - DateTimeOffset.UtcNow
            : null;
    }
}
