using Microsoft.Azure.Functions.Worker;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;

namespace Summarizer.Functions.Pipeline;

/// <summary>The clean stage, run by Event Grid "blob created" events on the articles container.</summary>
public sealed class CleanArticleFunction(CleanArticleHandler handler)
{
    // The handler reads the blob through Core's storage clients, so the trigger binds a BlobClient (no download)
    // and only the name is used. The Event Grid source is what the Flex Consumption plan supports.
    [Function("CleanArticle")]
    public async Task RunAsync(
        [BlobTrigger(StorageNames.ArticlesContainer + "/{name}", Source = BlobTriggerSource.EventGrid, Connection = StorageNames.TriggerConnection)]
        Azure.Storage.Blobs.BlobClient blob,
        string name,
        CancellationToken cancellationToken) =>
        await handler.HandleAsync(name, cancellationToken);
}
