namespace Summarizer.Core.Storage;

/// <summary>One page of the <c>articles</c> container in name order, with the token for the next page (null on the last).</summary>
public sealed record ArticleBlobPage(IReadOnlyList<ArticleBlob> Items, string? ContinuationToken);
