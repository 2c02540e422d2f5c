namespace Summarizer.Cli.Emulator;

/// <summary>
/// A deployment's rate limits as the emulator enforces them over a sliding window: at most <see cref="Requests"/>
/// requests per <see cref="Window"/>, and at most <see cref="TokensPerMinute"/> tokens (prompt estimate plus the
/// requested output limit, as Azure counts them) per minute; either may be left out.
/// </summary>
public sealed record ModelEmulatorQuota
{
    public int? Requests { get; init; }

    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(1);

    public int? TokensPerMinute { get; init; }
}
