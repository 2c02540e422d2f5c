using Summarizer.Cli.Emulator;
using Summarizer.Testing.Hosts;

namespace Summarizer.Cli.Tests.Hosting;

/// <summary><c>summarizer serve</c> on an Azurite with a data folder, shared by the scenario tests of one class.</summary>
public sealed class ServeHostFixture : IPipelineHost, IAsyncLifetime
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("azurite-serve-scenarios-");
    private LocalPipeline? _pipeline;
    private AzuriteServer? _azurite;

    public string? UnavailableReason => null;

    public HttpClient Http => Pipeline.Http;

    public AzuriteServer Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not started.");

    private LocalPipeline Pipeline => _pipeline ?? throw new InvalidOperationException("serve has not started.");

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync(_data.FullName);
        _pipeline = await LocalPipeline.StartAsync(azurite: _azurite);
    }

    public async Task DisposeAsync()
    {
        if (_pipeline is not null)
        {
            await _pipeline.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        _data.Delete(recursive: true);
    }
}
