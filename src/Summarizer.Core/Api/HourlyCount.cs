namespace Summarizer.Core.Api;

/// <summary>How many articles were summarized in the hour that starts at <paramref name="Hour"/> (UTC).</summary>
public sealed record HourlyCount(DateTimeOffset Hour, int Count);
