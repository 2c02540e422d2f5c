using Azure;

namespace Summarizer.Core.Storage;

/// <summary>Tells storage outages (no answer, timeouts, server errors) from faults of the request itself.</summary>
public static class StorageFaults
{
    /// <summary>Whether <paramref name="exception"/> says storage could not be reached or failed on its side.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransient),
        HttpRequestException or TimeoutException or IOException => true,

        // The SDK reports a request that outlived its network timeout as a cancellation caused by a timeout.
        OperationCanceledException { InnerException: TimeoutException } => true,
        _ => false,
    };
}
