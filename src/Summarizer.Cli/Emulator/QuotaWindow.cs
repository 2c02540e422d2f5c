namespace Summarizer.Cli.Emulator;

/// <summary>The sliding windows of a <see cref="ModelEmulatorQuota"/>: admits a request or tells how long until it would be.</summary>
internal sealed class QuotaWindow
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly Queue<DateTimeOffset> _requests = new();
    private readonly Queue<(DateTimeOffset At, int Tokens)> _tokens = new();
    private readonly Lock _gate = new();

    /// <summary>Takes one request of <paramref name="tokens"/> tokens, or returns the wait and the limit it hit.</summary>
    public (TimeSpan Wait, string Limit)? TryAdmit(ModelEmulatorQuota quota, int tokens, DateTimeOffset now)
    {
        lock (_gate)
        {
            while (_requests.TryPeek(out var at) && now - at >= quota.Window)
            {
                _requests.Dequeue();
            }

            while (_tokens.TryPeek(out var used) && now - used.At >= Minute)
            {
                _tokens.Dequeue();
            }

            if (quota.Requests is { } requests && _requests.Count >= requests)
            {
                return (_requests.Peek() + quota.Window - now, $"call rate limit ({requests} requests per {quota.Window.TotalSeconds:0.###} s)");
            }

            if (quota.TokensPerMinute is { } perMinute && _tokens.Sum(t => t.Tokens) + tokens > perMinute && _tokens.Count > 0)
            {
                return (_tokens.Peek().At + Minute - now, $"token rate limit ({perMinute} tokens per minute)");
            }

            _requests.Enqueue(now);
            _tokens.Enqueue((now, tokens));
            return null;
        }
    }

    /// <summary>The requests left in the current window, for the <c>x-ratelimit-remaining-requests</c> header.</summary>
    public int RemainingRequests(ModelEmulatorQuota quota)
    {
        lock (_gate)
        {
            return Math.Max(0, (quota.Requests ?? int.MaxValue) - _requests.Count);
        }
    }
}
