using Microsoft.Extensions.Hosting;
using Summarizer.Core.Storage;

namespace Summarizer.Functions.Storage;

/// <summary>
/// Creates the containers, queues and table at start-up for local runs (Azurite), where nothing provisioned them.
/// In Azure the Bicep creates them, so cold starts skip these calls.
/// </summary>
internal sealed class LocalStorageInitializer(StorageClients clients) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => clients.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
