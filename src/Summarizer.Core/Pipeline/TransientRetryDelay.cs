namespace Summarizer.Core.Pipeline;

/// <summary>
/// How long a summarize message waits after a transient model failure before it is delivered again: exponential
/// back-off with full jitter (a uniform draw up to the doubled delay, capped), so that articles throttled together
/// do not come back together, and never less than the model endpoint's own <c>Retry-After</c>.
/// </summary>
internal static class TransientRetryDelay
{
    /// <param name="attempt">The transient failures so far, this one included (1 for the first).</param>
    /// <param name="baseDelay">The ceiling of the first draw.</param>
    /// <param name="maxDelay">The highest ceiling of any draw.</param>
    /// <param name="retryAfter">What the endpoint asked for, if it did; honoured up to <paramref name="longest"/>.</param>
    /// <param name="longest">The longest wait ever returned (the retry window).</param>
    /// <param name="draw">A uniform number in [0, 1).</param>
    public static TimeSpan Next(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan? retryAfter, TimeSpan longest, double draw)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var ceiling = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        var jittered = TimeSpan.FromMilliseconds(Math.Min(ceiling, maxDelay.TotalMilliseconds) * draw);
        var asked = retryAfter is { } wait && wait > jittered ? wait : jittered;
        return asked < longest ? asked : longest;
    }
}
