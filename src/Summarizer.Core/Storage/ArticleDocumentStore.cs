using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Summarizer.Core.Storage;

/// <summary>The pipeline's JSON documents: cleaned articles in <c>cleaned</c>, summaries in <c>summaries</c>, one blob per article id.</summary>
public sealed class ArticleDocumentStore(StorageClients clients)
{
    private readonly BlobContainerClient _cleaned = clients.Container(StorageNames.CleanedContainer);
    private readonly BlobContainerClient _summaries = clients.Container(StorageNames.SummariesContainer);

    public Task SaveCleanedAsync(CleanedDocument document, CancellationToken cancellationToken) =>
        SaveAsync(_cleaned, document.Id, document, cancellationToken);

    public Task<CleanedDocument?> GetCleanedAsync(string id, CancellationToken cancellationToken) =>
        GetAsync<CleanedDocument>(_cleaned, id, cancellationToken);

    public Task SaveSummaryAsync(SummaryDocument document, CancellationToken cancellationToken) =>
        SaveAsync(_summaries, document.Id, document, cancellationToken);

    public Task<SummaryDocument?> GetSummaryAsync(string id, CancellationToken cancellationToken) =>
        GetAsync<SummaryDocument>(_summaries, id, cancellationToken);

    /// <summary>Deletes the article's cleaned and summary documents, where they exist.</summary>
    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await _cleaned.GetBlobClient(BlobName(id)).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        await _summaries.GetBlobClient(BlobName(id)).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
    }

    private static async Task SaveAsync<T>(BlobContainerClient container, string id, T document, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document, StorageJson.Options);
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } };
        await container.GetBlobClient(BlobName(id)).UploadAsync(new BinaryData(bytes), options, cancellationToken);
    }

    private static async Task<T?> GetAsync<T>(BlobContainerClient container, string id, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var result = await container.GetBlobClient(BlobName(id)).DownloadContentAsync(cancellationToken);
            return result.Value.Content.ToObjectFromJson<T>(StorageJson.Options);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private static string BlobName(string id) => id + ".json";
}
