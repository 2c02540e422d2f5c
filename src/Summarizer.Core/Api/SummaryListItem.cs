using Summarizer.Core.Articles;
using Summarizer.Core.Storage;

namespace Summarizer.Core.Api;

/// <summary>One article in the list of summaries: status, title, model, tokens and timings, from the index alone.</summary>
public sealed record SummaryListItem(
    string Id,
    string Name,
    string Status,
    string? Title,
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

    public static SummaryListItem From(ArticleIndexEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var total = e.SummarizedAt is { } done && e.UploadedAt is { } uploaded ? (long?)(done - uploaded).TotalMilliseconds : null;
        return new SummaryListItem(
            e.Id, e.Name, e.Status, e.Title, e.Language, e.Error, e.Version, e.Provider, e.Model, e.PromptTokens, e.CompletionTokens, e.ModelCalls,
            new SummaryTimings(e.CleanMilliseconds, e.SummarizeMilliseconds, e.ModelLatencyMilliseconds, total),
            e.CreatedAt, e.UpdatedAt, e.SummarizedAt)
        {
            FallbackReason = e.FallbackReason,
            RetryAt = e.RetryAt,
            TransientFailures = e.TransientFailures,
            LastTransientError = e.LastTransientError,
            UploadedBy = new ArticleOwner(e.OwnerId, e.OwnerName),
        };
    }
}
