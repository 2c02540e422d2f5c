using System.Text.Json;
using Azure.Storage.Queues;

namespace Summarizer.Core.Storage;

/// <summary>Sends <see cref="SummarizeRequest"/> messages to the <c>summarize</c> queue and reads them back.</summary>
public sealed class SummarizeQueue(StorageClients clients)
{
    private readonly QueueClient _queue = clients.Queue(StorageNames.SummarizeQueue);

    public async Task EnqueueAsync(SummarizeRequest request, CancellationToken cancellationToken)
    {
        await _queue.SendMessageAsync(Serialize(request), cancellationToken);
    }

    /// <summary>Sends <paramref name="request"/> so that it becomes visible, and is delivered, only after <paramref name="delay"/>.</summary>
    public async Task EnqueueAsync(SummarizeRequest request, TimeSpan delay, CancellationToken cancellationToken)
    {
        await _queue.SendMessageAsync(Serialize(request), visibilityTimeout: delay, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Whether the queue holds no message, counting those being processed (invisible) too. The count is approximate
    /// only upwards: it is never lower than the true number, so an answer of true can be trusted.
    /// </summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        var properties = await _queue.GetPropertiesAsync(cancellationToken);
        return properties.Value.ApproximateMessagesCount == 0;
    }

    public static string Serialize(SummarizeRequest request) => JsonSerializer.Serialize(request, StorageJson.Options);

    /// <summary>The request in <paramref name="messageText"/>, or null when it is not one.</summary>
    public static SummarizeRequest? TryParse(string messageText)
    {
        try
        {
            var request = JsonSerializer.Deserialize<SummarizeRequest>(messageText, StorageJson.Options);
            return request is { Id.Length: > 0, Version: > 0, ContentHash.Length: > 0, Attempt: >= 0 } ? request : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
