using System.Text;
using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Core.Access;
using Summarizer.Core.Articles;
using Summarizer.Core.Fetching;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;
using Summarizer.Core.Summarization;

namespace Summarizer.Core.Api;

/// <summary>
/// The HTTP API's behaviour (routes under <c>/api</c>), independent of the host: each method takes the request's
/// values and returns the response to write.
/// </summary>
public sealed partial class ArticleApi(
    ArticleBlobStore blobs,
    ArticleDocumentStore documents,
    ArticleIndex index,
    SummarizeQueue queue,
    StorageClients clients,
    UrlFetcher fetcher,
    ModelRateLimiter limiter,
    IOptions<PipelineOptions> options,
    IOptions<AccessOptions> access,
    PlatformAuthentication platform,
    ArticleDeleter deleter,
    PipelineMetrics metrics,
    TimeProvider time,
    ILogger<ArticleApi> logger)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    private const int MaxContinuationTokenLength = 2048;
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// <c>POST /api/articles?name=</c>: stores the body as an article blob; the pipeline picks it up from there. A JSON
    /// body <c>{"url": "…", "name": "…"}</c> instead fetches the page at that URL and stores it.
    /// </summary>
    public Task<ApiResponse> UploadAsync(Caller caller, string? name, string? contentType, Stream body, CancellationToken cancellationToken) =>
        UploadAsync(caller, name, contentType, body, summarySentences: null, keyPoints: null, cancellationToken);

    /// <summary>
    /// <c>POST /api/articles?name=&amp;summarySentences=&amp;keyPoints=</c>: as <see cref="UploadAsync(Caller, string?, string?, Stream, CancellationToken)"/>,
    /// with the article's own summary length, kept in the blob's metadata. The article is the caller's: a signed-in
    /// caller's upload lives under their owner folder, so the same name from two people makes two articles.
    /// </summary>
    public Task<ApiResponse> UploadAsync(
        Caller caller, string? name, string? contentType, Stream body, string? summarySentences, string? keyPoints, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!SummaryLength.TryParse(summarySentences, keyPoints, out var length, out var error))
        {
            return Task.FromResult(ApiResponse.Problem(400, "Invalid summary length", error!));
        }

        return GuardAsync(() => UploadCoreAsync(caller, name, contentType, body, length?.ToMetadata(), cancellationToken), cancellationToken);
    }

    private async Task<ApiResponse> UploadCoreAsync(
        Caller caller, string? name, string? contentType, Stream body, IDictionary<string, string>? lengthMetadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (UrlUploadRequest.IsJson(contentType))
        {
            return await UploadFromJsonAsync(caller, name, body, cancellationToken);
        }

        if (name is not null && BlobNames.Validate(name) is { } invalid)
        {
            return ApiResponse.Problem(400, "Invalid article name", invalid);
        }

        var content = await ReadBoundedAsync(body, options.Value.MaxArticleBytes, cancellationToken);
        if (content is null)
        {
            return ApiResponse.Problem(413, "Article too large", $"Articles may have at most {options.Value.MaxArticleBytes:N0} bytes.");
        }

        name ??= BlobNames.FromContent(ContentHash.Of(content.GetBuffer().AsSpan(0, (int)content.Length)), contentType);
        var blobName = BlobNames.ForOwner(caller.Owner, name);
        var metadata = BlobNames.OwnerMetadata(caller.Owner);
        foreach (var (key, value) in lengthMetadata ?? new Dictionary<string, string>())
        {
            metadata[key] = value;
        }

        content.Position = 0;
        await blobs.UploadAsync(blobName, content, string.IsNullOrWhiteSpace(contentType) ? null : contentType, metadata, cancellationToken);
        var id = await RecordPendingAsync(caller.Owner, blobName, cancellationToken);
        return Accepted(id, blobName, ArticleStatus.Pending);
    }

    /// <summary>
    /// Adds the pending row of a new upload (a row there already stays, for the clean stage to update). A name deleted
    /// before starts from its last version, so that messages for the deleted versions are dropped.
    /// </summary>
    private async Task<string> RecordPendingAsync(ArticleOwner owner, string blobName, CancellationToken cancellationToken)
    {
        var id = ArticleId.FromBlobName(blobName);
        var now = time.GetUtcNow();
        var tombstone = await index.GetTombstoneAsync(id, cancellationToken);
        var pending = new ArticleIndexEntry
        {
            Id = id,
            Name = blobName,
            Status = ArticleStatus.Pending,
            OwnerId = owner.Id,
            OwnerName = owner.Name,
            Version = tombstone?.Version ?? 0,
            CreatedAt = now,
            UpdatedAt = now,
            UploadedAt = now,
        };
        await index.TryInsertAsync(pending, cancellationToken);
        return id;
    }

    /// <summary><c>GET /api/summaries/{id}</c>: the article's status, and its summary once it has one.</summary>
    public Task<ApiResponse> GetSummaryAsync(Caller caller, string id, CancellationToken cancellationToken) =>
        GuardAsync(() => GetSummaryCoreAsync(caller, id, cancellationToken), cancellationToken);

    private async Task<ApiResponse> GetSummaryCoreAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var (entry, error) = await FindAsync(caller, id, forChange: false, cancellationToken);
        if (entry is null)
        {
            return error!;
        }

        var summary = entry.Status == ArticleStatus.Summarized ? await documents.GetSummaryAsync(id, cancellationToken) : null;
        if (summary is not null && summary.Version != entry.Version)
        {
            summary = null;
        }

        var item = SummaryListItem.From(entry);
        return ApiResponse.Json(200, new SummaryView(
            entry.Id, entry.Name, entry.Status, entry.Title, summary?.Tldr, summary?.Summary, summary?.KeyPoints,
            summary?.Byline, summary?.Published, summary?.Site, summary?.Url, entry.Language, entry.Error, entry.Version,
            entry.Provider, entry.Model, entry.PromptTokens, entry.CompletionTokens, entry.ModelCalls,
            item.Timings, entry.CreatedAt, entry.UpdatedAt, entry.SummarizedAt)
        {
            Source = await SourceFileAsync(entry, cancellationToken),
            FallbackReason = item.FallbackReason,
            RetryAt = item.RetryAt,
            TransientFailures = item.TransientFailures,
            LastTransientError = item.LastTransientError,
            UploadedBy = item.UploadedBy,
        });
    }

    /// <summary>
    /// <c>GET /api/summaries?top=&amp;continuationToken=&amp;status=</c>: articles newest first, a page at a time,
    /// optionally only those in one status: every article for a caller who may read all, otherwise the caller's own.
    /// </summary>
    public Task<ApiResponse> ListSummariesAsync(Caller caller, string? top, string? continuationToken, string? status, CancellationToken cancellationToken) =>
        GuardAsync(() => ListSummariesCoreAsync(caller, top, continuationToken, status, cancellationToken), cancellationToken);

    private async Task<ApiResponse> ListSummariesCoreAsync(Caller caller, string? top, string? continuationToken, string? status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var pageSize = DefaultPageSize;
        if (top is not null && (!int.TryParse(top, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            return ApiResponse.Problem(400, "Invalid page size", $"top must be a whole number from 1 to {MaxPageSize}.");
        }

        status = string.IsNullOrEmpty(status) ? null : status;
        if (status is not null && !ArticleStatus.All.Contains(status))
        {
            return ApiResponse.Problem(400, "Invalid status", $"status must be one of {string.Join(", ", ArticleStatus.All)}.");
        }

        var owner = caller.ReadsAll(access.Value.SharedLibrary) ? null : caller.Id;
        var listing = (status ?? "*") + "@" + (owner ?? "*");
        string? tableToken = null;
        if (!string.IsNullOrEmpty(continuationToken) && (tableToken = DecodeToken(continuationToken, listing)) is null)
        {
            return ApiResponse.Problem(400, "Invalid continuation token", "Pass back the continuationToken of a previous page unchanged, with the same status.");
        }

        var page = await index.ListAsync(pageSize, tableToken, cancellationToken, status, owner);
        var next = page.ContinuationToken is null ? null : EncodeToken(page.ContinuationToken, listing);
        return ApiResponse.Json(200, new SummaryList(page.Items.Select(SummaryListItem.From).ToList(), next));
    }

    /// <summary><c>GET /api/articles/{id}/cleaned</c>: the cleaned article the summary was made from.</summary>
    public Task<ApiResponse> GetCleanedAsync(Caller caller, string id, CancellationToken cancellationToken) =>
        GuardAsync(() => GetCleanedCoreAsync(caller, id, cancellationToken), cancellationToken);

    private async Task<ApiResponse> GetCleanedCoreAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var (entry, error) = await FindAsync(caller, id, forChange: false, cancellationToken);
        if (entry is null)
        {
            return error!;
        }

        var document = await documents.GetCleanedAsync(id, cancellationToken);
        return document is null
            ? NotFound(id)
            : ApiResponse.Json(200, new { document.Id, document.Name, document.Version, document.ContentHash, document.CleanedAt, document.Article, text = document.Article.Text, body = CleanedBlockView.From(document.Article) });
    }

    /// <summary>
    /// <c>POST /api/summaries/{id}/retry</c>: queues a failed article, or one the offline fallback summarized, for
    /// summarizing again with the configured model.
    /// </summary>
    public Task<ApiResponse> RetryAsync(Caller caller, string id, CancellationToken cancellationToken) =>
        GuardAsync(() => RetryCoreAsync(caller, id, cancellationToken), cancellationToken);

    private async Task<ApiResponse> RetryCoreAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var (entry, error) = await FindAsync(caller, id, forChange: true, cancellationToken);
        if (entry is null)
        {
            return error!;
        }

        var fellBack = entry is { Status: ArticleStatus.Summarized, FallbackReason: not null };
        if (entry.Status != ArticleStatus.Failed && !fellBack || entry.ContentHash is null)
        {
            return ApiResponse.Problem(409, "Not retryable", $"Only failed articles and offline fallback summaries can be retried; article {id} is {entry.Status}.");
        }

        var retried = entry.WithoutTransientRetry() with { Status = ArticleStatus.Cleaned, Error = null, FallbackReason = null, UpdatedAt = time.GetUtcNow() };
        if (!await index.TryReplaceAsync(retried, cancellationToken))
        {
            return ApiResponse.Problem(409, "Changed meanwhile", $"Article {id} changed while the retry was being made; read it and try again.");
        }

        await queue.EnqueueAsync(new SummarizeRequest(id, entry.Version, entry.ContentHash), cancellationToken);
        LogRetried(logger, id, entry.Version);
        return Accepted(id, entry.Name, ArticleStatus.Cleaned);
    }

    /// <summary>
    /// <c>DELETE /api/articles/{id}</c>: removes the article everywhere (every version of its blob, its cleaned and
    /// summary documents, its index rows); 204, or 404 when it is unknown or not the caller's to delete.
    /// </summary>
    public Task<ApiResponse> DeleteAsync(Caller caller, string id, CancellationToken cancellationToken) =>
        GuardAsync(() => DeleteCoreAsync(caller, id, cancellationToken), cancellationToken);

    private async Task<ApiResponse> DeleteCoreAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var (entry, error) = await FindAsync(caller, id, forChange: true, cancellationToken);
        if (entry is null)
        {
            return error!;
        }

        return await deleter.DeleteAsync(entry, cancellationToken)
            ? ApiResponse.NoContent()
            : ApiResponse.Problem(409, "Changed meanwhile", $"Article {id} changed while it was being deleted; read it and try again.");
    }

    /// <summary><c>GET /api/me</c>: who the app takes the caller to be, and what they may do, for the page to show.</summary>
    public ApiResponse Me(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return ApiResponse.Json(200, new CallerView(
            caller.Kind.ToString().ToLowerInvariant(), caller.Id, caller.Name, [.. caller.Roles.Order(StringComparer.Ordinal)],
            caller.HasFullAccess, caller.ReadsAll(access.Value.SharedLibrary), platform.Enabled));
    }

    /// <summary><c>GET /api/health</c>: 200 when storage answers, 503 when it does not.</summary>
    public async Task<ApiResponse> HealthAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HealthTimeout);
        try
        {
            await clients.Container(StorageNames.ArticlesContainer).ExistsAsync(timeout.Token);
            return ApiResponse.Json(200, new { status = "healthy", storage = "reachable" });
        }
        catch (Exception ex) when (StorageFaults.IsTransient(ex) || ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogUnhealthy(logger, ex.GetType().Name, ex.Message);
            return ApiResponse.StorageUnavailable("The storage account did not answer.");
        }
    }

    /// <summary>
    /// The browse page's Content-Security-Policy: scripts only from this origin's files (none inline), requests only to
    /// this origin, no plugins, frames or form posts elsewhere.
    /// </summary>
    public const string BrowsePagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly IReadOnlyDictionary<string, string> BrowseHeaders = new Dictionary<string, string>
    {
        ["Content-Security-Policy"] = BrowsePagePolicy,
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "no-referrer",
        ["Cache-Control"] = "no-cache",
    };

    /// <summary><c>GET /api/ui</c>: a small page that uploads, browses and checks the summaries through this API.</summary>
    public static ApiResponse BrowsePage() => ApiResponse.Html(BrowsePageContent.Value) with { Headers = BrowseHeaders };

    /// <summary><c>GET /api/ui/app.js</c>: the browse page's script, served as a file so the page needs no inline script.</summary>
    public static ApiResponse BrowseScript() => new(200, "text/javascript; charset=utf-8", BrowseScriptContent.Value, BrowseHeaders);

    private static readonly Lazy<byte[]> BrowsePageContent = new(() => ReadResource("Summarizer.Core.Api.browse.html"));

    private static readonly Lazy<byte[]> BrowseScriptContent = new(() => ReadResource("Summarizer.Core.Api.browse.js"));

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(ArticleApi).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>
    /// Answers 503 with <c>Retry-After</c> when storage is unreachable or too slow to answer, so an outage reads as one
    /// rather than as a server fault; a request the client itself abandoned is left to the host.
    /// </summary>
    private async Task<ApiResponse> GuardAsync(Func<Task<ApiResponse>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (StorageFaults.IsTransient(ex) || ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogUnhealthy(logger, ex.GetType().Name, ex.Message);
            return ApiResponse.StorageUnavailable("The storage account did not answer; try again shortly.");
        }
    }

    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/> (read no further than one byte past it).</summary>
    private static async Task<MemoryStream?> ReadBoundedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (memory.Length + read > maxBytes)
            {
                await memory.DisposeAsync();
                return null;
            }

            memory.Write(buffer, 0, read);
        }

        return memory;
    }

    // A continuation token names the listing it belongs to (a status or "*", and an owner or "*"), so that it is not
    // used on another.
    private static string EncodeToken(string token, string listing) =>
        System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(listing + "\n" + token));

    private static string? DecodeToken(string token, string listing)
    {
        if (token.Length > MaxContinuationTokenLength)
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(token));
            var newline = decoded.IndexOf('\n', StringComparison.Ordinal);
            return newline > 0 && decoded[..newline] == listing && ArticleIndex.IsContinuationToken(decoded[(newline + 1)..]) ? decoded[(newline + 1)..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The uploaded file's size and format from the index row, and its content type from the blob when it was rejected.</summary>
    private async Task<SourceFile> SourceFileAsync(ArticleIndexEntry entry, CancellationToken cancellationToken)
    {
        var blob = entry.Status == ArticleStatus.Rejected ? await blobs.GetAsync(entry.Name, cancellationToken) : null;
        return new SourceFile(entry.ContentLength ?? blob?.ContentLength, blob?.ContentType, entry.Format);
    }

    /// <summary>
    /// The article's index row, or the 400 or 404 answer when the id is malformed or unknown, or the article is not the
    /// caller's to read (or, with <paramref name="forChange"/>, to change): someone else's article answers as unknown,
    /// so that its existence is not told.
    /// </summary>
    private async Task<(ArticleIndexEntry? Entry, ApiResponse? Error)> FindAsync(Caller caller, string id, bool forChange, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!ArticleId.IsValid(id))
        {
            return (null, InvalidId());
        }

        var entry = await index.GetAsync(id, cancellationToken);
        var allowed = entry is not null && (forChange ? caller.CanChange(entry.OwnerId) : caller.CanRead(entry.OwnerId, access.Value.SharedLibrary));
        return allowed ? (entry, null) : (null, NotFound(id));
    }

    private static ApiResponse InvalidId() =>
        ApiResponse.Problem(400, "Invalid article id", "Article ids have lower-case letters, digits and dashes, as returned on upload.");

    private static ApiResponse NotFound(string id) => ApiResponse.Problem(404, "Article not found", $"No article has the id {id}.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {ArticleId} version {Version} queued again for summarizing")]
    private static partial void LogRetried(ILogger logger, string articleId, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check: storage did not answer ({ErrorType}: {ErrorMessage})")]
    private static partial void LogUnhealthy(ILogger logger, string errorType, string errorMessage);
}
