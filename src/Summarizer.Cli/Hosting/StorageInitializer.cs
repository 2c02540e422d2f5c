using Summarizer.Core.Storage;

namespace Summarizer.Cli.Hosting;

/// <summary>Creates the containers, queues and table at start-up, waiting for the storage emulator if it is still starting.</summary>
internal sealed partial class StorageInitializer(StorageClients clients, ILogger<StorageInitializer> logger) : IHostedService
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                await clients.EnsureCreatedAsync(cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or AggregateException && DateTime.UtcNow < deadline)
            {
                LogWaiting(logger, clients.Blobs.Uri, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for storage at {BlobEndpoint}: {Reason}")]
    private static partial void LogWaiting(ILogger logger, Uri blobEndpoint, string reason);
}
