namespace Summarizer.Core.Storage;

/// <summary>The names of the containers, queues and table the pipeline uses; the infrastructure creates the same.</summary>
public static class StorageNames
{
    public const string ArticlesContainer = "articles";
    public const string CleanedContainer = "cleaned";
    public const string SummariesContainer = "summaries";
    public const string SummarizeQueue = "summarize";
    public const string SummarizePoisonQueue = "summarize-poison";
    public const string IndexTable = "articleindex";

    /// <summary>The container Event Grid writes the blob events it could not deliver into.</summary>
    public const string DeadLetterContainer = "eventgrid-deadletter";

    /// <summary>The table of the pipeline's own bookkeeping, such as where the reconcile run stopped.</summary>
    public const string StateTable = "pipelinestate";

    /// <summary>
    /// The app setting the storage triggers read their account from: the Functions host's own storage, a connection
    /// string locally or <c>AzureWebJobsStorage__*</c> service URIs with a managed identity in Azure.
    /// </summary>
    public const string TriggerConnection = "AzureWebJobsStorage";
}
