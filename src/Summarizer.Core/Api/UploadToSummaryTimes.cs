namespace Summarizer.Core.Api;

/// <summary>The median and 95th percentile (nearest rank) of the time from upload to summary, over <paramref name="Articles"/> articles.</summary>
public sealed record UploadToSummaryTimes(int Articles, long? MedianMilliseconds, long? P95Milliseconds);
