using Summarizer.Core.Articles;
using Summarizer.Core.Storage;

namespace Summarizer.Core.Api;

/// <summary>One article with its TL;DR, summary and grounded key points when it has them, or its status and error when not.</summary>
public sealed record SummaryView(
    string Id,
    string Name,
    string Status,
    string? Title,
    string? Tldr,
    string? Summary,
    IReadOnlyList<GroundedKeyPoint>? KeyPoints,
    string? Byline,
    DateTimeOffset? Published,
    string? Site,
    string? Url,
    string? Language,
    string? Error,
    int Version,
    string? Provider,
    string? Model,
    int? PromptTokens,
    int? CompletionTokens,
    int? ModelCalls,
    SummaryTimings Timings,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SummarizedAt)
{
    /// <summary>The uploaded file's size, content type and detected format, as far as they are known.</summary>
    public SourceFile? Source { get; init; }

    /// <summary>Why the offline summarizer wrote the summary instead of the chat model; null when it did not.</summary>
    public string? FallbackReason { get; init; }

    /// <summary>While the article waits after transient model failures: when its next try is due.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    /// <summary>While the article waits after transient model failures: how many there were.</summary>
    public int? TransientFailures { get; init; }

    /// <summary>While the article waits after transient model failures: the last one.</summary>
    public string? LastTransientError { get; init; }

    /// <summary>Who uploaded the article: an object id and display name, or <c>key</c> or <c>local</c>.</summary>
    public ArticleOwner? UploadedBy { get; init; }
}
