using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Summarizer.Core.Articles;

namespace Summarizer.Core.Storage;

/// <summary>
/// The table index of articles, spread over <see cref="PartitionCount"/> partitions by a hash of the article id so
/// that no partition takes every write. Each article has its rows in its one partition, written together in a transaction
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
    /// <summary>How many partitions the index is spread over; an article's rows all live in one of them.</summary>
    public const int PartitionCount = 16;

    /// <summary>The partition every row lived in before the index was spread over <see cref="PartitionCount"/>.</summary>
    public const string LegacyPartition = "articles";

    // A partition cursor past its last row; no row key sorts after it.
    private const string Exhausted = "~";
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
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(id), IdPrefix + id, cancellationToken: cancellationToken);
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
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(PartitionOf(entry.Id), StatusKey(entry, stored)), ETag.All));
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(PartitionOf(entry.Id), OwnerStatusKey(entry, stored)), ETag.All));
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
                new(TableTransactionActionType.Delete, new TableEntity(PartitionOf(entry.Id), IdPrefix + entry.Id), entry.ETag),
                new(TableTransactionActionType.UpsertReplace, ToEntity(tombstone, TombstonePrefix + entry.Id)),
                new(TableTransactionActionType.UpsertReplace, ToEntity(tombstone, DeletingPrefix + entry.Id)),
                .. new[] { TimeKey(entry), StatusKey(entry, stored), OwnerKey(entry), OwnerStatusKey(entry, stored) }
                    .Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(PartitionOf(entry.Id), key), ETag.All)),
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
                new(TableTransactionActionType.Delete, new TableEntity(PartitionOf(tombstone.Id), DeletingPrefix + tombstone.Id), ETag.All),
            ],
            cancellationToken);
    }

    /// <summary>The tombstone of a deleted article, or null when no article with that id was ever deleted.</summary>
    public async Task<ArticleTombstone?> GetTombstoneAsync(string id, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(id), TombstonePrefix + id, cancellationToken: cancellationToken);
        return response.HasValue ? TombstoneFrom(response.Value!) : null;
    }

    /// <summary>The deletions begun before <paramref name="before"/> and not finished: a range query over the <c>x_</c> rows.</summary>
    public IAsyncEnumerable<ArticleTombstone> ListUnfinishedDeletesAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        RangeAsync(DeletingPrefix, "x`", TableClient.CreateQueryFilter($"DeletedAt lt {before}"), cancellationToken).Select(TombstoneFrom);

    /// <summary>
    /// Lists up to <paramref name="top"/> articles, newest first, from <paramref name="continuationToken"/> on; only
    /// those in <paramref name="status"/> when it is given, and only <paramref name="owner"/>'s, read from their own
    /// rows, when it is given (a token is valid only for the listing that gave it). Each partition is asked for its
    /// next <paramref name="top"/> rows after its own cursor, and the newest of all are kept: the token holds every
    /// partition's cursor.
    /// </summary>
    public async Task<ArticleIndexPage> ListAsync(int top, string? continuationToken, CancellationToken cancellationToken, string? status = null, string? owner = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var cursors = continuationToken is null ? new string?[PartitionCount] : ParseCursors(continuationToken)
            ?? throw new FormatException("The continuation token is not one this index gave.");
        var (from, to) = ListingRange(status, owner);
        var pages = await Task.WhenAll(Enumerable.Range(0, PartitionCount).Select(i => FirstPageAsync(i, cursors[i], from, to, top, cancellationToken)));
        var newest = pages.SelectMany((page, i) => page.Rows.Select(row => (Partition: i, Row: row)))
            .OrderBy(r => r.Row.RowKey, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        for (var i = 0; i < PartitionCount; i++)
        {
            var taken = newest.Where(r => r.Partition == i).ToList();
            if (cursors[i] == Exhausted)
            {
                continue;
            }

            cursors[i] = taken.Count == pages[i].Rows.Count && !pages[i].HasMore ? Exhausted : taken.Count > 0 ? taken[^1].Row.RowKey : cursors[i];
        }

        var next = cursors.All(c => c == Exhausted) ? null : string.Join('\n', cursors.Select(c => c ?? string.Empty));
        return new ArticleIndexPage(newest.Select(r => FromEntity(r.Row)).ToList(), next);
    }

    /// <summary>Whether <paramref name="continuationToken"/> has the shape of a token <see cref="ListAsync"/> gives.</summary>
    public static bool IsContinuationToken(string continuationToken) => ParseCursors(continuationToken) is not null;

    /// <summary>
    /// Every article in <paramref name="status"/>, newest first, optionally only those unchanged since
    /// <paramref name="updatedBefore"/>: a range query over that status's rows, which reads no other article.
    /// </summary>
    public IAsyncEnumerable<ArticleIndexEntry> ListByStatusAsync(string status, CancellationToken cancellationToken, DateTimeOffset? updatedBefore = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(status);
        var (from, to) = ListingRange(status, owner: null);
        var extra = updatedBefore is { } before ? TableClient.CreateQueryFilter($"UpdatedAt lt {before}") : null;
        return RangeAsync(from, to, extra, cancellationToken).Select(FromEntity);
    }

    /// <summary>
    /// How many articles are in <paramref name="status"/>, counting no further than <paramref name="limit"/>: a range
    /// query over that status's rows in each partition that reads only their keys.
    /// </summary>
    public async Task<int> CountAsync(string status, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(status);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var (from, to) = ListingRange(status, owner: null);
        var counts = await Task.WhenAll(Enumerable.Range(0, PartitionCount).Select(async i =>
        {
            var count = 0;
            await foreach (var page in _table.QueryAsync<TableEntity>(Filter(i, from, to), maxPerPage: 1000, select: ["RowKey"], cancellationToken: cancellationToken).AsPages())
            {
                count += page.Values.Count;
                if (count >= limit)
                {
                    break;
                }
            }

            return count;
        }));
        return Math.Min(limit, counts.Sum());
    }

    /// <summary>
    /// When the longest-waiting article in <paramref name="status"/> was uploaded (its upload time, else its creation
    /// time), reading the times of at most <paramref name="limit"/> of that status's rows in each partition; null when it has none.
    /// </summary>
    public async Task<DateTimeOffset?> OldestUploadAsync(string status, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(status);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        string[] times = [nameof(ArticleIndexEntry.UploadedAt), nameof(ArticleIndexEntry.CreatedAt)];
        var (from, to) = ListingRange(status, owner: null);
        var oldest = await Task.WhenAll(Enumerable.Range(0, PartitionCount).Select(async i =>
        {
            DateTimeOffset? partitionOldest = null;
            var read = 0;
            await foreach (var entity in _table.QueryAsync<TableEntity>(Filter(i, from, to), maxPerPage: 1000, select: times, cancellationToken: cancellationToken))
            {
                var at = entity.GetDateTimeOffset(nameof(ArticleIndexEntry.UploadedAt)) ?? entity.GetDateTimeOffset(nameof(ArticleIndexEntry.CreatedAt));
                if (at < partitionOldest || partitionOldest is null)
                {
                    partitionOldest = at;
                }

                if (++read >= limit)
                {
                    break;
                }
            }

            return partitionOldest;
        }));
        return oldest.Where(o => o is not null).Min();
    }

    /// <summary>
    /// The articles in <paramref name="status"/> created after <paramref name="createdAfter"/>, newest first: the
    /// status rows are keyed newest first, so this is a range query that stops at that time.
    /// </summary>
    public IAsyncEnumerable<ArticleIndexEntry> ListCreatedAfterAsync(string status, DateTimeOffset createdAfter, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(status);
        var from = StatusPrefix + status + "_";
        return RangeAsync(from, from + InvertedTicks(createdAfter), null, cancellationToken).Select(FromEntity);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> articles created before <paramref name="createdBefore"/>, oldest last: the time
    /// rows are keyed newest first, so this is a range query that starts at that time.
    /// </summary>
    public IAsyncEnumerable<ArticleIndexEntry> ListCreatedBeforeAsync(DateTimeOffset createdBefore, int limit, CancellationToken cancellationToken) =>
        RangeAsync(TimePrefix + InvertedTicks(createdBefore) + "`", "t`", null, cancellationToken).Take(limit).Select(FromEntity);

    /// <summary>
    /// Writes a row of the partition every row lived in before (<see cref="LegacyPartition"/>) into the article's own
    /// partition: an article's <c>a_</c> row with all its listing rows, a tombstone or an unfinished deletion as it is;
    /// listing rows are made afresh and skipped. True when an article was added (false when it was there already).
    /// </summary>
    internal async Task<bool> MoveLegacyRowAsync(TableEntity row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.RowKey.StartsWith(IdPrefix, StringComparison.Ordinal))
        {
            return await TryInsertAsync(FromEntity(row) with { ETag = default, StoredStatus = null }, cancellationToken);
        }

        if (row.RowKey.StartsWith(TombstonePrefix, StringComparison.Ordinal) || row.RowKey.StartsWith(DeletingPrefix, StringComparison.Ordinal))
        {
            await _table.UpsertEntityAsync(ToEntity(TombstoneFrom(row), row.RowKey), TableUpdateMode.Replace, cancellationToken);
        }

        return false;
    }

    /// <summary>The partition that holds every row of article <paramref name="id"/>: one of <see cref="PartitionCount"/>, by a hash of the id.</summary>
    public static string PartitionOf(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return PartitionName(SHA256.HashData(Encoding.UTF8.GetBytes(id))[0] % PartitionCount);
    }

    private static string PartitionName(int index) => "p" + index.ToString("x2", CultureInfo.InvariantCulture);

    /// <summary>The rows from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive) of every partition, merged in key order.</summary>
    private async IAsyncEnumerable<TableEntity> RangeAsync(
        string from, string to, string? extra, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sources = Enumerable.Range(0, PartitionCount)
            .Select(i => _table.QueryAsync<TableEntity>(Filter(i, from, to, extra), cancellationToken: cancellationToken).GetAsyncEnumerator(cancellationToken))
            .ToList();
        try
        {
            var started = await Task.WhenAll(sources.Select(async e => (Source: e, Has: await e.MoveNextAsync())));
            var heads = started.Where(s => s.Has).Select(s => s.Source).ToList();
            while (heads.Count > 0)
            {
                var first = heads.MinBy(e => e.Current.RowKey, StringComparer.Ordinal)!;
                yield return first.Current;
                if (!await first.MoveNextAsync())
                {
                    heads.Remove(first);
                }
            }
        }
        finally
        {
            foreach (var source in sources)
            {
                await source.DisposeAsync();
            }
        }
    }

    private async Task<(IReadOnlyList<TableEntity> Rows, bool HasMore)> FirstPageAsync(
        int partition, string? cursor, string from, string to, int top, CancellationToken cancellationToken)
    {
        if (cursor == Exhausted)
        {
            return ([], false);
        }

        var after = cursor is null ? null : TableClient.CreateQueryFilter($"RowKey gt {cursor}");
        await foreach (var page in _table.QueryAsync<TableEntity>(Filter(partition, from, to, after), maxPerPage: top, cancellationToken: cancellationToken).AsPages(null, top))
        {
            return (page.Values, page.ContinuationToken is not null);
        }

        return ([], false);
    }

    private static string?[]? ParseCursors(string token)
    {
        var cursors = token.Split('\n');
        if (cursors.Length != PartitionCount || cursors.Any(c => c.Length > 1024 || c.Any(char.IsControl)))
        {
            return null;
        }

        return cursors.Select(c => c.Length == 0 ? null : c).ToArray();
    }

    private static string Filter(int partition, string from, string to, string? extra = null)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionName(partition)} and RowKey ge {from} and RowKey lt {to}");
        return extra is null ? filter : filter + " and " + extra;
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
    private static (string From, string To) ListingRange(string? status, string? owner)
    {
        var prefix = (status, owner) switch
        {
            (null, null) => TimePrefix,
            (_, null) => StatusPrefix + status + "_",
            (null, _) => OwnerPrefix + owner + "_",
            _ => OwnerStatusPrefix + owner + "_" + status + "_",
        };

        // '`' follows '_', so the range holds every key that starts with the prefix.
        return (prefix, prefix[..^1] + "`");
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

    private static TableEntity ToEntity(ArticleIndexEntry e, string rowKey) => new(PartitionOf(e.Id), rowKey)
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
        [nameof(e.FallbackReason)] = e.FallbackReason,
        [nameof(e.RetryAt)] = e.RetryAt,
        [nameof(e.TransientFailures)] = e.TransientFailures,
        [nameof(e.FirstTransientFailureAt)] = e.FirstTransientFailureAt,
        [nameof(e.LastTransientError)] = e.LastTransientError,
    };

    private static TableEntity ToEntity(ArticleTombstone t, string rowKey) => new(PartitionOf(t.Id), rowKey)
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
        FallbackReason = t.GetString(nameof(ArticleIndexEntry.FallbackReason)),
        RetryAt = t.GetDateTimeOffset(nameof(ArticleIndexEntry.RetryAt)),
        TransientFailures = t.GetInt32(nameof(ArticleIndexEntry.TransientFailures)),
        FirstTransientFailureAt = t.GetDateTimeOffset(nameof(ArticleIndexEntry.FirstTransientFailureAt)),
        LastTransientError = t.GetString(nameof(ArticleIndexEntry.LastTransientError)),
        ETag = t.ETag,
        StoredStatus = t.GetString(nameof(ArticleIndexEntry.Status)),
    };
}
