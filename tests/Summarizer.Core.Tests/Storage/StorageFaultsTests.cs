using Azure;
using Summarizer.Core.Storage;

namespace Summarizer.Core.Tests.Storage;

public sealed class StorageFaultsTests
{
    [Fact]
    public void IsTransient_CountsRequestsThatOutlivedTheirNetworkTimeoutAsAnOutage()
    {
        // What the SDK throws when every retry of a request to an unresponsive account timed out.
        var timedOut = new AggregateException(
            new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout of 0:00:30.", new TimeoutException()),
            new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout of 0:00:30.", new TimeoutException()));

        Assert.True(StorageFaults.IsTransient(timedOut));
    }

    [Fact]
    public void IsTransient_DoesNotCountACallersCancellationOrARequestFault()
    {
        Assert.False(StorageFaults.IsTransient(new TaskCanceledException()));
        Assert.False(StorageFaults.IsTransient(new RequestFailedException(409, "The specified blob already exists.")));
    }
}
