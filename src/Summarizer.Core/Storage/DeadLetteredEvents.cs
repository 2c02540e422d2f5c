using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Summarizer.Core.Storage;

/// <summary>
/// The blob events Event Grid gave up delivering, as it writes them into the <c>eventgrid-deadletter</c> container:
/// each blob a JSON array of events in the Event Grid schema, with the reason it was dead-lettered.
/// </summary>
public sealed class DeadLetteredEvents(StorageClients clients)
{
    private const string BlobCreated = "Microsoft.Storage.BlobCreated";

    private static readonly string SubjectPrefix = $"/blobServices/default/containers/{StorageNames.ArticlesContainer}/blobs/";

    private readonly BlobContainerClient _container = clients.Container(StorageNames.DeadLetterContainer);

    /// <summary>Up to <paramref name="top"/> dead-letter blobs, oldest path first (Event Grid names them by time).</summary>
    public async Task<IReadOnlyList<BlobItem>> ListAsync(int top, CancellationToken cancellationToken)
    {
        var found = new List<BlobItem>();
        await foreach (var page in _container.GetBlobsAsync(cancellationToken: cancellationToken).AsPages(pageSizeHint: top))
        {
            found.AddRange(page.Values.Take(top - found.Count));
            if (found.Count >= top)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// The article blob names of the <c>BlobCreated</c> events in <paramref name="name"/>; null when the blob is not
    /// a dead-letter file this reads (it is then left where it is for someone to look at).
    /// </summary>
    public async Task<IReadOnlyList<string>?> ReadArticleNamesAsync(string name, CancellationToken cancellationToken)
    {
        BinaryData content;
        try
        {
            content = (await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken)).Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }

        return ParseArticleNames(content);
    }

    /// <summary>Removes a handled dead-letter blob, unless it changed since it was listed.</summary>
    public async Task DeleteAsync(string name, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await _container.GetBlobClient(name).DeleteIfExistsAsync(
                conditions: new BlobRequestConditions { IfMatch = etag }, cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // Rewritten since it was read: the next run reads it again.
        }
    }

    /// <summary>The article blob names in a dead-letter file (a JSON array of events, or one event); null when it is neither.</summary>
    public static IReadOnlyList<string>? ParseArticleNames(BinaryData content)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            IEnumerable<JsonElement> events = root.ValueKind switch
            {
                JsonValueKind.Array => root.EnumerateArray().ToList(),
                JsonValueKind.Object => [root],
                _ => throw new JsonException("A dead-letter file holds an array of events."),
            };
            return events.Select(ArticleName).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ArticleName(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object
            || !e.TryGetProperty("eventType", out var type) || type.GetString() != BlobCreated
            || !e.TryGetProperty("subject", out var subject) || subject.GetString() is not { } s
            || !s.StartsWith(SubjectPrefix, StringComparison.Ordinal) || s.Length == SubjectPrefix.Length)
        {
            return null;
        }

        return s[SubjectPrefix.Length..];
    }
}
