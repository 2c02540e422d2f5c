using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace Summarizer.Core.Storage;

/// <summary>
/// Moves an index written before it was partitioned (every row in the one partition <c>articles</c>) into the
/// partitions <see cref="ArticleIndex"/> reads now: each article's row, with its listing rows made afresh, and each
/// tombstone and unfinished deletion, then the old rows go. Safe to run again: an article already moved is left as it
/// is, and a run that stops half-way is finished by the next.
/// </summary>
public sealed partial class ArticleIndexMigration(StorageClients clients, ArticleIndex index, ILogger<ArticleIndexMigration> logger)
{
    private const int DeleteBatch = 100;

    private readonly TableClient _table = clients.Table(StorageNames.IndexTable);

    /// <summary>Moves every article; returns how many were moved and how many old rows were removed.</summary>
    public async Task<(int Articles, int RemovedRows)> MigrateAsync(CancellationToken cancellationToken)
    {
        var moved = 0;
        var old = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ArticleIndex.LegacyPartition}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            old.Add(row);
            if (await index.MoveLegacyRowAsync(row, cancellationToken))
            {
                moved++;
            }
        }

        // Only after every row is in its new partition do the old ones go, so a stop here loses nothing.
        foreach (var batch in old.Chunk(DeleteBatch))
        {
            await _table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, Azure.ETag.All)), cancellationToken);
        }

        LogMigrated(logger, moved, old.Count);
        return (moved, old.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index migrated: {Articles} articles moved into their partitions, {RemovedRows} rows of the old partition removed")]
    private static partial void LogMigrated(ILogger logger, int articles, int removedRows);
}
