namespace Summarizer.Core.Summarization;

/// <summary>What the model rate limiter of one process has done since it started.</summary>
/// <param name="Enabled">Whether a requests- or tokens-per-minute quota is configured.</param>
/// <param name="Calls">Model calls (HTTP tries) that passed through it.</param>
/// <param name="DelayedCalls">Calls it made wait.</param>
/// <param name="WaitMilliseconds">The waits summed over all calls.</param>
public sealed record ModelRateLimitStats(bool Enabled, long Calls, long DelayedCalls, long WaitMilliseconds);
