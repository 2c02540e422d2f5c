using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Summarizer.Core.Articles;

namespace Summarizer.Core.Storage;

/// <summary>
/// The table index of articles. Each article has three rows in one partition, written together in a transaction
/// (the intra-partition secondary index pattern): <c>a_{id}</c> for point reads by id,
/// <c>t_{inverted creation ticks}_{id}</c> so that listing newest first is a range query that pages without a scan,
/// and <c>s_{status}_{inverted creation ticks}_{id}</c>, moved when the status changes, so that listing one status
/// (the failed articles to retry, the cleaned ones waiting for a summary) reads only the articles in it; and the same
/// two per owner, <c>o_{owner}_…</c> and <c>p_{owner}_{status}_…</c>, so that a person's own listing reads only theirs.
/// A deleted article leaves a tombstone <c>d_{id}</c> with its last version, and <c>x_{id}</c> until its blobs and
/// documents are gone.
/// </summary>
public sealed class ArticleIndex(StorageClients clients)
{
    private const string Partition = "articles";
    private const string IdPrefix = "a_";
    private const string TimePrefix = "t_";
    private const string StatusPrefix = "s_";
    private const string OwnerPrefix = "o_";
    private const string OwnerStatusPrefix = "p_";
    private const string TombstonePrefix = "d_";
    private const string DeletingPrefix = "x_";

    private readonly TableClient _table = clients.Table(StorageNames.IndexTable);

    public async Task<ArticleIndexEntry?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, IdPrefix + id, cancellationToken: cancellationToken);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    /// <summary>Adds a new article; false when one with that id exists already.</summary>
    public Task<bool> TryInsertAsync(ArticleIndexEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return SubmitAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(entry, IdPrefix + entry.Id)),
                .. ListingRows(entry).Select(key => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(entry, key))),
            ],
            cancellationToken);
    }

    /// <summary>Replaces the article's row if it still has <see cref="ArticleIndexEntry.ETag"/>; false when someone else wrote first.</summary>
    public Task<bool> TryReplaceAsync(ArticleIndexEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.UpdateReplace, ToEntity(entry, IdPrefix + entry.Id), entry.ETag),
            .. ListingRows(entry).Select(key => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(entry, key))),
        ];
        if (entry.StoredStatus is { } stored && stored != entry.Status)
        {
            // The a_ row's ETag guards the whole transaction, so the old status rows are the ones this write replaces.
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(Partition, StatusKey(entry, stored)), ETag.All));
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(Partition, OwnerStatusKey(entry, stored)), ETag.All));
        }

        return SubmitAsync(actions, cancellationToken);
    }

    /// <summary>
    /// Takes the article out of the index if its row still has <see cref="ArticleIndexEntry.ETag"/>: its rows go, a
    /// tombstone with its version stays, and it is marked as being deleted until <see cref="FinishDeleteAsync"/>.
    /// False when someone else wrote first.
    /// </summary>
    public Task<bool> TryDeleteAsync(ArticleIndexEntry entry, DateTimeOffset deletedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var stored = entry.StoredStatus ?? entry.Status;
        var tombstone = new ArticleTombstone(entry.Id, entry.Name, entry.Version, deletedAt, Finished: false);
        return SubmitAsync(
            [
                new(TableTransactionActionType.Delete, new TableEntity(Partition, IdPrefix + entry.Id), entry.ETag),
                new(TableTransactionActionType.UpsertReplace, ToEntity(tombstone, TombstonePrefix + entry.Id)),
                new(TableTransactionActionType.UpsertReplace, ToEntity(tombstone, DeletingPrefix + entry.Id)),
                .. new[] { TimeKey(entry), StatusKey(entry, stored), OwnerKey(entry), OwnerStatusKey(entry, stored) }
                    .Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(Partition, key), ETag.All)),
            ],
            cancellationToken);
    }

    /// <summary>Records that the deleted article's blobs and documents are gone: only its tombstone stays.</summary>
    public async Task FinishDeleteAsync(ArticleTombstone tombstone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tombstone);
        await SubmitAsync(
            [
                new(TableTransactionActionType.UpsertReplace, ToEntity(tombstone with { Finished = true }, TombstonePrefix + tombstone.Id)),
                new(TableTransactionActionType.Delete, new TableEntity(Partition, DeletingPrefix + tombstone.Id), ETag.All),
            ],
            cancellationToken);
    }

    /// <summary>The tombstone of a deleted article, or null when no article with that id was ever deleted.</summary>
    public async Task<ArticleTombstone?> GetTombstoneAsync(string id, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, TombstonePrefix + id, cancellationToken: cancellationToken);
        return response.HasValue ? TombstoneFrom(response.Value!) : null;
    }

    /// <summary>The deletions begun before <paramref name="before"/> and not finished: a range query over the <c>x_</c> rows.</summary>
    public async IAsyncEnumerable<ArticleTombstone> ListUnfinishedDeletesAsync(
        DateTimeOffset before, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {DeletingPrefix} and RowKey lt {"x`"} and DeletedAt lt {before}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return TombstoneFrom(entity);
        }
    }

    /// <summary>
    /// Lists up to <paramref name="top"/> articles, newest first, from <paramref name="continuationToken"/> on; only
    /// those in <paramref name="status"/> when it is given, and only <paramref name="owner"/>'s, read from their own
    /// rows, when it is given (a token is valid only for the listing that gave it).
    /// </summary>
    public async Task<ArticleIndexPage> ListAsync(int top, string? continuationToken, CancellationToken cancellationToken, string? status = null, string? owner = null)
    {
        var pages = _table.QueryAsync<TableEntity>(RangeFilter(status, owner), maxPerPage: top, cancellationToken: cancellationToken)
            .AsPages(continuationToken, top);
        await foreach (var page in pages)
        {
            return new ArticleIndexPage(page.Values.Select(FromEntity).ToList(), page.ContinuationToken);
        }

        return new ArticleIndexPage([], null);
    }

    /// <summary>
    /// Every article in <paramref name="status"/>, newest first, optionally only those unchanged since
    /// <paramref name="updatedBefore"/>: a range query over that status's rows, which reads no other article.
    /// </summary>
    public async IAsyncEnumerable<ArticleIndexEntry> ListByStatusAsync(
        string status, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken, DateTimeOffset? updatedBefore = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(status);
        var filter = RangeFilter(status);
        if (updatedBefore is { } before)
        {
            filter += " and " + TableClient.CreateQueryFilter($"UpdatedAt lt {before}");
        }

        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return FromEntity(entity);
        }
    }

    /// <summary>
    /// How many articles are in <paramref name="status"/>, counting no further than <paramref name="limit"/>: a range
    /// query over that status's rows that reads only their keys.
    /// </summary>
    public async Task<int> CountAsync(string status, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(status);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var count = 0;
        await foreach (var page in _table.QueryAsync<TableEntity>(RangeFilter(status), maxPerPage: 1000, select: ["RowKey"], cancellationToken: cancellationToken).AsPages())
        {
            count += page.Values.Count;
            if (count >= limit)
            {
                return limit;
            }
        }

        return count;
    }

    /// <summary>
    /// The articles in <paramref name="status"/> created after <paramref name="createdAfter"/>, newest first: the
    /// status rows are keyed newest first, so this is a range query that stops at that time.
    /// </summary>
    public async IAsyncEnumerable<ArticleIndexEntry> ListCreatedAfterAsync(
        string status, DateTimeOffset createdAfter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(status);
        var from = StatusPrefix + status + "_";
        var to = from + InvertedTicks(createdAfter);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {from} and RowKey lt {to}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return FromEntity(entity);
        }
    }

    /// <summary>
    /// Up to <paramref name="limit"/> articles created before <paramref name="createdBefore"/>, oldest last: the time
    /// rows are keyed newest first, so this is a range query that starts at that time.
    /// </summary>
    public async IAsyncEnumerable<ArticleIndexEntry> ListCreatedBeforeAsync(
        DateTimeOffset createdBefore, int limit, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var from = TimePrefix + InvertedTicks(createdBefore);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey gt {from} and RowKey lt {"t`"}");
        var count = 0;
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(limit, 1000), cancellationToken: cancellationToken))
        {
            if (count++ == limit)
            {
                yield break;
            }

            yield return FromEntity(entity);
        }
    }

    private async Task<bool> SubmitAsync(List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        try
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404 && ex.FailedTransactionActionIndex is { } failed
            && actions[failed].Entity.RowKey.StartsWith(IdPrefix, StringComparison.Ordinal))
        {
            // The article's row went (it was deleted) since it was read: another writer came first.
            return false;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404 && ex.FailedTransactionActionIndex is { } failed
            && actions[failed].ActionType == TableTransactionActionType.Delete && !actions[failed].Entity.RowKey.StartsWith(IdPrefix, StringComparison.Ordinal))
        {
            // A listing row that is not there (written by a version without them) has nothing to remove.
            return await SubmitAsync([.. actions.Where((_, i) => i != failed)], cancellationToken);
        }
    }

    /// <summary>
    /// The listing rows, newest first: all of them (<c>t_</c>), one status's (<c>s_{status}_</c>), or the same of one
    /// owner (<c>o_{owner}_</c>, <c>p_{owner}_{status}_</c>).
    /// </summary>
    private static string RangeFilter(string? status, string? owner = null)
    {
        var prefix = (status, owner) switch
        {
            (null, null) => TimePrefix,
            (_, null) => StatusPrefix + status + "_",
            (null, _) => OwnerPrefix + owner + "_",
            _ => OwnerStatusPrefix + owner + "_" + status + "_",
        };

        // '`' follows '_', so the range holds every key that starts with the prefix.
        var to = prefix[..^1] + "`";
        return TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {prefix} and RowKey lt {to}");
    }

    /// <summary>The keys of the rows that list <paramref name="entry"/>: by time and status, overall and under its owner.</summary>
    private static string[] ListingRows(ArticleIndexEntry entry) =>
        [TimeKey(entry), StatusKey(entry, entry.Status), OwnerKey(entry), OwnerStatusKey(entry, entry.Status)];

    private static string TimeKey(ArticleIndexEntry entry) => TimePrefix + NewestFirstKey(entry);

    private static string StatusKey(ArticleIndexEntry entry, string status) => StatusPrefix + status + "_" + NewestFirstKey(entry);

    private static string OwnerKey(ArticleIndexEntry entry) => OwnerPrefix + entry.OwnerId + "_" + NewestFirstKey(entry);

    private static string OwnerStatusKey(ArticleIndexEntry entry, string status) =>
        OwnerStatusPrefix + entry.OwnerId + "_" + status + "_" + NewestFirstKey(entry);

    private static string NewestFirstKey(ArticleIndexEntry entry) => InvertedTicks(entry.CreatedAt) + "_" + entry.Id;

    private static string InvertedTicks(DateTimeOffset time) =>
        (DateTimeOffset.MaxValue.UtcTicks - time.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(ArticleIndexEntry e, string rowKey) => new(Partition, rowKey)
    {
        [nameof(e.Id)] = e.Id,
        [nameof(e.Name)] = e.Name,
        [nameof(e.Status)] = e.Status,
        [nameof(e.OwnerId)] = e.OwnerId,
        [nameof(e.OwnerName)] = e.OwnerName,
        [nameof(e.Version)] = e.Version,
        [nameof(e.Title)] = e.Title,
        [nameof(e.ContentHash)] = e.ContentHash,
        [nameof(e.SourceETag)] = e.SourceETag,
        [nameof(e.Error)] = e.Error,
        [nameof(e.Format)] = e.Format,
        [nameof(e.Language)] = e.Language,
        [nameof(e.WordCount)] = e.WordCount,
        [nameof(e.ContentLength)] = e.ContentLength,
        [nameof(e.CreatedAt)] = e.CreatedAt,
        [nameof(e.UpdatedAt)] = e.UpdatedAt,
        [nameof(e.UploadedAt)] = e.UploadedAt,
        [nameof(e.CleanedAt)] = e.CleanedAt,
        [nameof(e.SummarizedAt)] = e.SummarizedAt,
        [nameof(e.CleanMilliseconds)] = e.CleanMilliseconds,
        [nameof(e.SummarizeMilliseconds)] = e.SummarizeMilliseconds,
        [nameof(e.Provider)] = e.Provider,
        [nameof(e.Model)] = e.Model,
        [nameof(e.PromptTokens)] = e.PromptTokens,
        [nameof(e.CompletionTokens)] = e.CompletionTokens,
        [nameof(e.ModelCalls)] = e.ModelCalls,
        [nameof(e.ModelLatencyMilliseconds)] = e.ModelLatencyMilliseconds,
    };

    private static TableEntity ToEntity(ArticleTombstone t, string rowKey) => new(Partition, rowKey)
    {
        [nameof(t.Id)] = t.Id,
        [nameof(t.Name)] = t.Name,
        [nameof(t.Version)] = t.Version,
        [nameof(t.DeletedAt)] = t.DeletedAt,
        [nameof(t.Finished)] = t.Finished,
    };

    private static ArticleTombstone TombstoneFrom(TableEntity t) => new(
        t.GetString(nameof(ArticleTombstone.Id)),
        t.GetString(nameof(ArticleTombstone.Name)),
        t.GetInt32(nameof(ArticleTombstone.Version)) ?? 0,
        t.GetDateTimeOffset(nameof(ArticleTombstone.DeletedAt)) ?? default,
        t.GetBoolean(nameof(ArticleTombstone.Finished)) ?? false);

    private static ArticleIndexEntry FromEntity(TableEntity t) => new()
    {
        Id = t.GetString(nameof(ArticleIndexEntry.Id)),
        Name = t.GetString(nameof(ArticleIndexEntry.Name)),
        Status = t.GetString(nameof(ArticleIndexEntry.Status)),
        OwnerId = t.GetString(nameof(ArticleIndexEntry.OwnerId)) ?? ArticleOwner.LocalId,
        OwnerName = t.GetString(nameof(ArticleIndexEntry.OwnerName)),
        Version = t.GetInt32(nameof(ArticleIndexEntry.Version)) ?? 0,
        Title = t.GetString(nameof(ArticleIndexEntry.Title)),
        ContentHash = t.GetString(nameof(ArticleIndexEntry.ContentHash)),
        SourceETag = t.GetString(nameof(ArticleIndexEntry.SourceETag)),
        Error = t.GetString(nameof(ArticleIndexEntry.Error)),
        Format = t.GetString(nameof(ArticleIndexEntry.Format)),
        Language = t.GetString(nameof(ArticleIndexEntry.Language)),
        WordCount = t.GetInt32(nameof(ArticleIndexEntry.WordCount)),
        ContentLength = t.GetInt64(nameof(ArticleIndexEntry.ContentLength)),
        CreatedAt = t.GetDateTimeOffset(nameof(ArticleIndexEntry.CreatedAt)) ?? default,
        UpdatedAt = t.GetDateTimeOffset(nameof(ArticleIndexEntry.UpdatedAt)) ?? default,
        UploadedAt = t.GetDateTimeOffset(nameof(ArticleIndexEntry.UploadedAt)),
        CleanedAt = t.GetDateTimeOffset(nameof(ArticleIndexEntry.CleanedAt)),
        SummarizedAt = t.GetDateTimeOffset(nameof(ArticleIndexEntry.SummarizedAt)),
        CleanMilliseconds = t.GetInt64(nameof(ArticleIndexEntry.CleanMilliseconds)),
        SummarizeMilliseconds = t.GetInt64(nameof(ArticleIndexEntry.SummarizeMilliseconds)),
        Provider = t.GetString(nameof(ArticleIndexEntry.Provider)),
        Model = t.GetString(nameof(ArticleIndexEntry.Model)),
        PromptTokens = t.GetInt32(nameof(ArticleIndexEntry.PromptTokens)),
        CompletionTokens = t.GetInt32(nameof(ArticleIndexEntry.CompletionTokens)),
        ModelCalls = t.GetInt32(nameof(ArticleIndexEntry.ModelCalls)),
        ModelLatencyMilliseconds = t.GetInt64(nameof(ArticleIndexEntry.ModelLatencyMilliseconds)),
        ETag = t.ETag,
        StoredStatus = t.GetString(nameof(ArticleIndexEntry.Status)),
    };
}
