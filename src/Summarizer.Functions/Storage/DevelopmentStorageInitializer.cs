using Microsoft.Extensions.Hosting;
using Summarizer.Core.Storage;

namespace Summarizer.Functions.Storage;

/// <summary>
/// Creates the containers, queues and table at start-up when running locally, where nothing provisioned them.
/// In Azure the Bicep creates them, so cold starts skip these calls.
/// </summary>
internal sealed class DevelopmentStorageInitializer(StorageClients clients) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => clients.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
