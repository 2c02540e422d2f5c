namespace Summarizer.Core.Storage;

/// <summary>One page of the index, newest first, with the token for the next page (null on the last).</summary>
public sealed record ArticleIndexPage(IReadOnlyList<ArticleIndexEntry> Items, string? ContinuationToken);
