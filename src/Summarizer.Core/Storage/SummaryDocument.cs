using Summarizer.Core.Summarization;

namespace Summarizer.Core.Storage;

/// <summary>
/// The summary of one article version as stored in the <c>summaries</c> container: the TL;DR (null in documents
/// stored before there was one), the summary and the grounded key points.
/// </summary>
public sealed record SummaryDocument(
    string Id,
    string Name,
    int Version,
    string ContentHash,
    string Title,
    string? Language,
    string? Byline,
    DateTimeOffset? Published,
    string? Site,
    string? Url,
    string Summary,
    IReadOnlyList<GroundedKeyPoint> KeyPoints,
    string? Tldr,
    SummaryUsage Usage,
    long SummarizeMilliseconds,
    DateTimeOffset SummarizedAt)
{
    /// <summary>Why the offline summarizer wrote this summary instead of the chat model; null when the model wrote it.</summary>
    public string? FallbackReason { get; init; }
}
