namespace Summarizer.Testing.Hosts;

/// <summary>
/// A started host that gets no blob events of its own, as in Azure while the Event Grid subscription is missing or its
/// deliveries fail: its reconcile runs when a test asks, and a test can deliver a (late) event by hand.
/// </summary>
public interface IReconcilingPipelineHost : IStartedPipelineHost
{
    /// <summary>Runs the host's reconcile once (the serve host waits for it to end; the Functions host is asked to run its timer).</summary>
    Task RunReconcileAsync();

    /// <summary>Delivers a blob-created event for <paramref name="blobName"/> to the clean stage, as Event Grid would.</summary>
    Task DeliverBlobEventAsync(string blobName);
}
