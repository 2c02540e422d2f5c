namespace Summarizer.Core.Storage;

/// <summary>The message on the <c>summarize</c> queue: which article version to summarize.</summary>
public sealed record SummarizeRequest(string Id, int Version, string ContentHash);
