using Azure;

namespace Summarizer.Core.Storage;

/// <summary>
/// One article's row in the table index: status, title, content hash, timings, model and tokens.
/// <see cref="ETag"/> is the row's version for conditional writes.
/// </summary>
public sealed record ArticleIndexEntry
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Status { get; init; }

    /// <summary>Who uploaded the article: an object id, or <c>key</c> or <c>local</c> (rows written before owners were recorded read as <c>local</c>).</summary>
    public string OwnerId { get; init; } = Articles.ArticleOwner.LocalId;

    /// <summary>The uploader's display name, when the platform gave one.</summary>
    public string? OwnerName { get; init; }

    /// <summary>Counts the distinct contents cleaned under this name; messages carry it so stale ones are dropped.</summary>
    public int Version { get; init; }

    public string? Title { get; init; }

    public string? ContentHash { get; init; }

    /// <summary>The ETag of the blob version last processed: the receipt that makes each blob version processed once.</summary>
    public string? SourceETag { get; init; }

    public string? Error { get; init; }

    public string? Format { get; init; }

    public string? Language { get; init; }

    public int? WordCount { get; init; }

    public long? ContentLength { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? UploadedAt { get; init; }

    public DateTimeOffset? CleanedAt { get; init; }

    public DateTimeOffset? SummarizedAt { get; init; }

    public long? CleanMilliseconds { get; init; }

    public long? SummarizeMilliseconds { get; init; }

    public string? Provider { get; init; }

    public string? Model { get; init; }

    public int? PromptTokens { get; init; }

    public int? CompletionTokens { get; init; }

    public int? ModelCalls { get; init; }

    /// <summary>Time spent waiting for the model, retries included; part of <see cref="SummarizeMilliseconds"/>.</summary>
    public long? ModelLatencyMilliseconds { get; init; }

    /// <summary>Why the summary came from the offline summarizer instead of the chat model; null when it did not.</summary>
    public string? FallbackReason { get; init; }

    /// <summary>While the article waits after transient model failures: when its next try is due.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    /// <summary>Transient model failures of this version so far; a message that carries fewer is superseded.</summary>
    public int? TransientFailures { get; init; }

    /// <summary>When this version's first transient model failure happened.</summary>
    public DateTimeOffset? FirstTransientFailureAt { get; init; }

    /// <summary>The last transient model failure, while the article waits for its next try.</summary>
    public string? LastTransientError { get; init; }

    public ETag ETag { get; init; }

    /// <summary>This entry without the record of a wait after transient model failures, as when the wait is over.</summary>
    public ArticleIndexEntry WithoutTransientRetry() =>
        this with { RetryAt = null, TransientFailures = null, FirstTransientFailureAt = null, LastTransientError = null };

    /// <summary>
    /// Whether <see cref="SourceETag"/> is the receipt of the blob version with <paramref name="blobETag"/>. A blob's
    /// properties give the ETag quoted, a listing may give it without the quotes.
    /// </summary>
    public bool HasReceiptFor(string blobETag) =>
        SourceETag is { } receipt && string.Equals(receipt.Trim('"'), blobETag.Trim('"'), StringComparison.Ordinal);

    /// <summary>The status the stored row had when this entry was read, so a write knows which status row to move.</summary>
    internal string? StoredStatus { get; init; }
}
