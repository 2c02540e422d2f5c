using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace Summarizer.Core.Storage;

/// <summary>
/// The table index of articles. Each article has three rows in one partition, written together in a transaction
/// (the intra-partition secondary index pattern): <c>a_{id}</c> for point reads by id,
/// <c>t_{inverted creation ticks}_{id}</c> so that listing newest first is a range query that pages without a scan,
/// and <c>s_{status}_{inverted creation ticks}_{id}</c>, moved when the status changes, so that listing one status
/// (the failed articles to retry, the cleaned ones waiting for a summary) reads only the articles in it.
/// </summary>
public sealed class ArticleIndex(StorageClients clients)
{
    private const string Partition = "articles";
    private const string IdPrefix = "a_";
    private const string TimePrefix = "t_";
    private const string StatusPrefix = "s_";

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
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(entry, TimeKey(entry))),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(entry, StatusKey(entry, entry.Status))),
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
            new(TableTransactionActionType.UpsertReplace, ToEntity(entry, TimeKey(entry))),
            new(TableTransactionActionType.UpsertReplace, ToEntity(entry, StatusKey(entry, entry.Status))),
        ];
        if (entry.StoredStatus is { } stored && stored != entry.Status)
        {
            // The a_ row's ETag guards the whole transaction, so the old status row is the one this write replaces.
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(Partition, StatusKey(entry, stored)), ETag.All));
        }

        return SubmitAsync(actions, cancellationToken);
    }

    /// <summary>
    /// Lists up to <paramref name="top"/> articles, newest first, from <paramref name="continuationToken"/> on; only
    /// those in <paramref name="status"/> when it is given (a token is valid only for the listing that gave it).
    /// </summary>
    public async Task<ArticleIndexPage> ListAsync(int top, string? continuationToken, CancellationToken cancellationToken, string? status = null)
    {
        var pages = _table.QueryAsync<TableEntity>(RangeFilter(status), maxPerPage: top, cancellationToken: cancellationToken)
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
    /// When the longest-waiting article in <paramref name="status"/> was uploaded (its upload time, else its creation
    /// time), reading the times of at most <paramref name="limit"/> of that status's rows; null when it has none.
    /// </summary>
    public async Task<DateTimeOffset?> OldestUploadAsync(string status, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(status);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        DateTimeOffset? oldest = null;
        var read = 0;
        string[] times = [nameof(ArticleIndexEntry.UploadedAt), nameof(ArticleIndexEntry.CreatedAt)];
        await foreach (var entity in _table.QueryAsync<TableEntity>(RangeFilter(status), maxPerPage: 1000, select: times, cancellationToken: cancellationToken))
        {
            var at = entity.GetDateTimeOffset(nameof(ArticleIndexEntry.UploadedAt)) ?? entity.GetDateTimeOffset(nameof(ArticleIndexEntry.CreatedAt));
            if (at < oldest || oldest is null)
            {
                oldest = at;
            }

            if (++read >= limit)
            {
                break;
            }
        }

        return oldest;
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
            && actions[failed].ActionType == TableTransactionActionType.Delete)
        {
            // A status row that is not there (written by a version without them) has nothing to remove.
            return await SubmitAsync([.. actions.Where((_, i) => i != failed)], cancellationToken);
        }
    }

    /// <summary>The listing rows, newest first: all of them (<c>t_</c>), or one status's (<c>s_{status}_</c>).</summary>
    private static string RangeFilter(string? status)
    {
        var (from, to) = status is null ? (TimePrefix, "t`") : (StatusPrefix + status + "_", StatusPrefix + status + "`");
        return TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {from} and RowKey lt {to}");
    }

    private static string TimeKey(ArticleIndexEntry entry) => TimePrefix + NewestFirstKey(entry);

    private static string StatusKey(ArticleIndexEntry entry, string status) => StatusPrefix + status + "_" + NewestFirstKey(entry);

    private static string NewestFirstKey(ArticleIndexEntry entry) => InvertedTicks(entry.CreatedAt) + "_" + entry.Id;

    private static string InvertedTicks(DateTimeOffset time) =>
        (DateTimeOffset.MaxValue.UtcTicks - time.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(ArticleIndexEntry e, string rowKey) => new(Partition, rowKey)
    {
        [nameof(e.Id)] = e.Id,
        [nameof(e.Name)] = e.Name,
        [nameof(e.Status)] = e.Status,
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

    private static ArticleIndexEntry FromEntity(TableEntity t) => new()
    {
        Id = t.GetString(nameof(ArticleIndexEntry.Id)),
        Name = t.GetString(nameof(ArticleIndexEntry.Name)),
        Status = t.GetString(nameof(ArticleIndexEntry.Status)),
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
