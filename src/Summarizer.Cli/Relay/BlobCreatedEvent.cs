using Summarizer.Core.Storage;

namespace Summarizer.Cli.Relay;

/// <summary>
/// A <c>Microsoft.Storage.BlobCreated</c> event in the Event Grid schema, as Azure delivers it to the Functions host's
/// blob extension webhook for an Event Grid blob trigger.
/// </summary>
internal sealed record BlobCreatedEvent(
    string Id,
    string Topic,
    string Subject,
    string EventType,
    DateTimeOffset EventTime,
    BlobCreatedEventData Data,
    string DataVersion,
    string MetadataVersion)
{
    public const string Type = "Microsoft.Storage.BlobCreated";

    public static BlobCreatedEvent For(ArticleBlob blob, string container, string accountName, Uri url, DateTimeOffset now) => new(
        Guid.NewGuid().ToString(),
        $"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/local/providers/Microsoft.Storage/storageAccounts/{accountName}",
        $"/blobServices/default/containers/{container}/blobs/{blob.Name}",
        Type,
        now,
        new BlobCreatedEventData("PutBlob", blob.ETag.ToString(), blob.ContentType, blob.ContentLength, "BlockBlob", url.AbsoluteUri, blob.LastModified.UtcTicks.ToString("X32", System.Globalization.CultureInfo.InvariantCulture)),
        string.Empty,
        "1");
}
