namespace Summarizer.Core.Api;

/// <summary>How long each stage took, and from upload to summary, in milliseconds.</summary>
public sealed record SummaryTimings(long? CleanMilliseconds, long? SummarizeMilliseconds, long? TotalMilliseconds);
