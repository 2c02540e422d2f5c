using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Summarizer.Core.Storage;

/// <summary>The blob, queue and table clients of the configured storage account, created once.</summary>
public sealed class StorageClients
{
    public StorageClients(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        if (!string.IsNullOrWhiteSpace(o.ConnectionString))
        {
            Blobs = new BlobServiceClient(o.ConnectionString);
            Queues = new QueueServiceClient(o.ConnectionString, queueOptions);
            Tables = new TableServiceClient(o.ConnectionString);
        }
        else
        {
            TokenCredential credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = string.IsNullOrWhiteSpace(o.ManagedIdentityClientId) ? null : o.ManagedIdentityClientId,
            });
            Blobs = new BlobServiceClient(o.BlobServiceUri, credential);
            Queues = new QueueServiceClient(o.QueueServiceUri, credential, queueOptions);
            Tables = new TableServiceClient(o.TableServiceUri, credential);
        }
    }

    public BlobServiceClient Blobs { get; }

    public QueueServiceClient Queues { get; }

    public TableServiceClient Tables { get; }

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);

    public QueueClient Queue(string name) => Queues.GetQueueClient(name);

    public TableClient Table(string name) => Tables.GetTableClient(name);

    /// <summary>Creates the containers, queues and table if they are missing.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await Task.WhenAll(
            Container(StorageNames.ArticlesContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Container(StorageNames.CleanedContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Container(StorageNames.SummariesContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Queue(StorageNames.SummarizeQueue).CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Queue(StorageNames.SummarizePoisonQueue).CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Table(StorageNames.IndexTable).CreateIfNotExistsAsync(cancellationToken));
    }
}
