using Summarizer.Cli.Emulator;
using Xunit;

namespace Summarizer.Testing;

/// <summary>One in-memory Azurite shared by the tests of a collection; tests isolate themselves by names.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    public AzuriteServer Server => _server ?? throw new InvalidOperationException("Azurite has not started.");

    public string ConnectionString => Server.ConnectionString;

    public async Task InitializeAsync() => _server = await AzuriteServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
