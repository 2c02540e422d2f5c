namespace Summarizer.Core.Api;

/// <summary>
/// What the time-based figures were read from: the summarized articles created after <paramref name="CreatedAfter"/>,
/// at most <paramref name="MaxRows"/> of them, newest first; <paramref name="Truncated"/> when more were there.
/// </summary>
public sealed record StatsWindow(DateTimeOffset CreatedAfter, int MaxRows, int RowsRead, bool Truncated);
