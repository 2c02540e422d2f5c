using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;

namespace Summarizer.Functions.Pipeline;

/// <summary>The summarize stage, run for each message on the summarize queue.</summary>
public sealed class SummarizeArticleFunction(SummarizeArticleHandler handler)
{
    // A throw hands the message back to the host, which redelivers it and, after host.json's maxDequeueCount,
    // moves it to summarize-poison; the handler marks the article failed on that last delivery.
    [Function("SummarizeArticle")]
    public async Task RunAsync(
        [QueueTrigger(StorageNames.SummarizeQueue, Connection = StorageNames.TriggerConnection)] QueueMessage message,
        CancellationToken cancellationToken) =>
        await handler.HandleAsync(message.MessageText, message.DequeueCount, message.InsertedOn, cancellationToken);
}
