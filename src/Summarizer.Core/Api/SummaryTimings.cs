namespace Summarizer.Core.Api;

/// <summary>How long each stage took, the model's share of the summary, and from upload to summary, in milliseconds.</summary>
public sealed record SummaryTimings(long? CleanMilliseconds, long? SummarizeMilliseconds, long? ModelMilliseconds, long? TotalMilliseconds);
