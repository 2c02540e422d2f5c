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
        var blobOptions = WithRetries(new BlobClientOptions());
        var queueOptions = WithRetries(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var tableOptions = WithRetries(new TableClientOptions());
        if (!string.IsNullOrWhiteSpace(o.ConnectionString))
        {
            Blobs = new BlobServiceClient(o.ConnectionString, blobOptions);
            Queues = new QueueServiceClient(o.ConnectionString, queueOptions);
            Tables = new TableServiceClient(o.ConnectionString, tableOptions);
        }
        else
        {
            TokenCredential credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = string.IsNullOrWhiteSpace(o.ManagedIdentityClientId) ? null : o.ManagedIdentityClientId,
            });
            Blobs = new BlobServiceClient(o.BlobServiceUri, credential, blobOptions);
            Queues = new QueueServiceClient(o.QueueServiceUri, credential, queueOptions);
            Tables = new TableServiceClient(o.TableServiceUri, credential, tableOptions);
        }
    }

    public BlobServiceClient Blobs { get; }

    public QueueServiceClient Queues { get; }

    public TableServiceClient Tables { get; }

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);

    public QueueClient Queue(string name) => Queues.GetQueueClient(name);

    public TableClient Table(string name) => Tables.GetTableClient(name);

    /// <summary>
    /// The SDK's retry policy, shortened: storage clients otherwise retry for about two minutes (5 retries from a
    /// 4 s delay), which silences an outage for that long. Every caller here is retried again anyway, by the queue's
    /// redelivery or the next poll, so a call gives up within about 10 s and says so.
    /// </summary>
    private static T WithRetries<T>(T options)
        where T : ClientOptions
    {
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 4;
        options.Retry.Delay = TimeSpan.FromMilliseconds(500);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(8);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        return options;
    }

    /// <summary>Creates the containers, queues and table if they are missing.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await Task.WhenAll(
            Container(StorageNames.ArticlesContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Container(StorageNames.CleanedContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Container(StorageNames.SummariesContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Container(StorageNames.DeadLetterContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Queue(StorageNames.SummarizeQueue).CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Queue(StorageNames.SummarizePoisonQueue).CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Table(StorageNames.IndexTable).CreateIfNotExistsAsync(cancellationToken),
            Table(StorageNames.StateTable).CreateIfNotExistsAsync(cancellationToken));
    }
}
