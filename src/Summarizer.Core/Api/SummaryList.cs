namespace Summarizer.Core.Api;

/// <summary>A page of summaries, newest first; pass <see cref="ContinuationToken"/> back for the next page.</summary>
public sealed record SummaryList(IReadOnlyList<SummaryListItem> Items, string? ContinuationToken);
