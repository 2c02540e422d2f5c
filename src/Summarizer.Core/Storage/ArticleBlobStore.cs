using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Summarizer.Core.Storage;

/// <summary>The uploaded articles in the <c>articles</c> container.</summary>
public sealed class ArticleBlobStore(StorageClients clients)
{
    /// <summary>The blob metadata key that holds the URL an article was fetched from.</summary>
    public const string SourceUrlMetadata = "sourceurl";

    private readonly BlobContainerClient _container = clients.Container(StorageNames.ArticlesContainer);

    /// <summary>The name of the storage account that holds the container.</summary>
    public string AccountName => _container.AccountName;

    /// <summary>The blob's URL, as storage events name it.</summary>
    public Uri UriOf(string name) => _container.GetBlobClient(name).Uri;

    /// <summary>The blob's properties, or null when it does not exist.</summary>
    public async Task<ArticleBlob?> GetAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            BlobProperties p = await _container.GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken);
            return new ArticleBlob(name, p.ETag, p.ContentLength, p.ContentType, p.LastModified)
            {
                Metadata = new Dictionary<string, string>(p.Metadata, StringComparer.OrdinalIgnoreCase),
            };
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads the blob's bytes if it still has <paramref name="etag"/>; null when it changed or vanished since, so the caller
    /// never cleans a mix of two versions.
    /// </summary>
    public async Task<byte[]?> ReadAsync(string name, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _container.GetBlobClient(name).DownloadContentAsync(
                new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = etag } },
                cancellationToken);
            return result.Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }
    }

    public Task<ETag> UploadAsync(string name, Stream content, string? contentType, CancellationToken cancellationToken) =>
        UploadAsync(name, content, contentType, null, cancellationToken);

    /// <summary>Stores <paramref name="content"/> under <paramref name="name"/> with the given metadata, replacing any blob there.</summary>
    public async Task<ETag> UploadAsync(string name, Stream content, string? contentType, IDictionary<string, string>? metadata, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType }, Metadata = metadata };
        BlobContentInfo info = await _container.GetBlobClient(name).UploadAsync(content, options, cancellationToken);
        return info.ETag;
    }

    /// <summary>
    /// Deletes the blob with its snapshots and every earlier version the account keeps (when blob versioning is on,
    /// deleting the current blob makes it a version, so versions are listed after). Returns how many were removed.
    /// </summary>
    public async Task<int> DeleteAllVersionsAsync(string name, CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(name);
        var removed = (await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken)).Value ? 1 : 0;
        await foreach (var item in _container.GetBlobsAsync(BlobTraits.None, BlobStates.Version, name, cancellationToken))
        {
            if (item.Name == name && item.VersionId is { } version)
            {
                removed += (await blob.WithVersion(version).DeleteIfExistsAsync(cancellationToken: cancellationToken)).Value ? 1 : 0;
            }
        }

        return removed;
    }

    /// <summary>
    /// Lists up to <paramref name="pageSize"/> blobs in name order from <paramref name="continuationToken"/> on (null for
    /// the start), with the token for the rest (null after the last).
    /// </summary>
    public async Task<ArticleBlobPage> ListPageAsync(int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        await foreach (var page in _container.GetBlobsAsync(cancellationToken: cancellationToken).AsPages(continuationToken, pageSize))
        {
            return new ArticleBlobPage(page.Values.Select(ToArticleBlob).ToList(), string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken);
        }

        return new ArticleBlobPage([], null);
    }

    /// <summary>Lists every blob with its current ETag, page by page.</summary>
    public async IAsyncEnumerable<ArticleBlob> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in _container.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            yield return ToArticleBlob(item);
        }
    }

    private static ArticleBlob ToArticleBlob(BlobItem item)
    {
        var p = item.Properties;
        return new ArticleBlob(item.Name, p.ETag ?? default, p.ContentLength ?? 0, p.ContentType, p.LastModified ?? DateTimeOffset.MinValue);
    }
}
