using System.Text;
using Summarizer.Core.Access;
using Summarizer.Core.Articles;
using Summarizer.Core.Fetching;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;

namespace Summarizer.Core.Api;

// Articles by URL: the page is fetched once, under the fetch policy, and stored as the article blob with its URL.
public sealed partial class ArticleApi
{
    /// <summary>
    /// Fetches the page at <paramref name="url"/> and stores it as an article, as a JSON <c>POST /api/articles</c>
    /// does: 400 when the URL is refused, 202 with status <c>rejected</c> and the reason when the fetch fails.
    /// </summary>
    public Task<ApiResponse> UploadUrlAsync(Caller caller, string? url, string? name, CancellationToken cancellationToken) =>
        GuardAsync(() => UploadUrlCoreAsync(caller, url, name, cancellationToken), cancellationToken);

    private async Task<ApiResponse> UploadFromJsonAsync(Caller caller, string? queryName, Stream body, CancellationToken cancellationToken)
    {
        var json = await ReadBoundedAsync(body, UrlUploadRequest.MaxBodyBytes, cancellationToken);
        var request = json is null ? null : UrlUploadRequest.Parse(json.GetBuffer().AsSpan(0, (int)json.Length));
        if (request is null)
        {
            return ApiResponse.Problem(400, "Invalid request", "A JSON body must be an object such as {\"url\": \"https://…\", \"name\": \"optional\"}.");
        }

        return await UploadUrlCoreAsync(caller, request.Url, request.Name ?? queryName, cancellationToken);
    }

    private async Task<ApiResponse> UploadUrlCoreAsync(Caller caller, string? url, string? name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (UrlFetcher.CheckForm(url) is { } malformed)
        {
            return ApiResponse.Problem(400, "URL refused", malformed);
        }

        if (name is not null && BlobNames.Validate(name) is { } invalid)
        {
            return ApiResponse.Problem(400, "Invalid article name", invalid);
        }

        var fetched = await fetcher.FetchAsync(new Uri(url!), cancellationToken);
        if (fetched.Refused is { } refused)
        {
            return ApiResponse.Problem(400, "URL refused", refused);
        }

        name ??= BlobNames.FromContent(ContentHash.Of(Encoding.UTF8.GetBytes(url!)), fetched.ContentType);
        var blobName = BlobNames.ForOwner(caller.Owner, name);
        if (fetched.Failed is { } failed)
        {
            return await RecordFailedFetchAsync(caller.Owner, blobName, failed, cancellationToken);
        }

        using (var content = new MemoryStream(fetched.Content!, writable: false))
        {
            // Metadata values are ASCII; an escaped URL always is.
            var metadata = BlobNames.OwnerMetadata(caller.Owner);
            metadata[ArticleBlobStore.SourceUrlMetadata] = Uri.EscapeDataString(fetched.FinalUrl!.AbsoluteUri);
            await blobs.UploadAsync(blobName, content, fetched.ContentType, metadata, cancellationToken);
        }

        return Accepted(await RecordPendingAsync(caller.Owner, blobName, cancellationToken), blobName, ArticleStatus.Pending);
    }

    private async Task<ApiResponse> RecordFailedFetchAsync(ArticleOwner owner, string name, string reason, CancellationToken cancellationToken)
    {
        var id = ArticleId.FromBlobName(name);
        var now = time.GetUtcNow();
        var entry = await index.GetAsync(id, cancellationToken);
        var tombstone = entry is null ? await index.GetTombstoneAsync(id, cancellationToken) : null;
        var rejected = new ArticleIndexEntry
        {
            Id = id,
            Name = name,
            Status = ArticleStatus.Rejected,
            OwnerId = entry?.OwnerId ?? owner.Id,
            OwnerName = entry?.OwnerName ?? owner.Name,
            Error = reason,
            Version = entry?.Version ?? tombstone?.Version ?? 0,
            CreatedAt = entry?.CreatedAt ?? now,
            UpdatedAt = now,
            UploadedAt = now,
            ETag = entry?.ETag ?? default,
            StoredStatus = entry?.StoredStatus,
        };
        var written = entry is null ? await index.TryInsertAsync(rejected, cancellationToken) : await index.TryReplaceAsync(rejected, cancellationToken);
        if (!written)
        {
            return ApiResponse.Problem(409, "Changed meanwhile", $"Article {id} changed while its fetch was being recorded; try again.");
        }

        LogFetchFailed(logger, id, reason);
        return Accepted(id, name, ArticleStatus.Rejected);
    }

    private static ApiResponse Accepted(string id, string name, string status)
    {
        var location = $"/api/summaries/{id}";
        return ApiResponse.Json(202, new UploadAccepted(id, name, status, location), new Dictionary<string, string> { ["Location"] = location });
    }

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Warning, Message = "Article {ArticleId} could not be fetched: {Reason}")]
    private static partial void LogFetchFailed(Microsoft.Extensions.Logging.ILogger logger, string articleId, string reason);
}
