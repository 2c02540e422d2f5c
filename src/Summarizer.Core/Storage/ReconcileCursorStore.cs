using Azure.Data.Tables;

namespace Summarizer.Core.Storage;

/// <summary>
/// Where the last reconcile run stopped listing the <c>articles</c> container: a listing continuation token in the
/// <c>pipelinestate</c> table, so each run goes on from there and a run that fails part-way is repeated from its start.
/// </summary>
public sealed class ReconcileCursorStore(StorageClients clients)
{
    private const string Partition = "reconcile";
    private const string Row = "articles";
    private const string TokenProperty = "ContinuationToken";

    private readonly TableClient _table = clients.Table(StorageNames.StateTable);

    /// <summary>The token the next run starts from; null to start at the beginning of the container.</summary>
    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, Row, cancellationToken: cancellationToken);
        var token = row.HasValue ? row.Value!.GetString(TokenProperty) : null;
        return string.IsNullOrEmpty(token) ? null : token;
    }

    /// <summary>Stores <paramref name="continuationToken"/>; null when a pass over the whole container has ended.</summary>
    public async Task SetAsync(string? continuationToken, CancellationToken cancellationToken)
    {
        var row = new TableEntity(Partition, Row) { [TokenProperty] = continuationToken ?? string.Empty };
        await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }
}
