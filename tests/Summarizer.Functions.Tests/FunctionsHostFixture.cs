using Summarizer.Cli.Emulator;
using Summarizer.Testing.Hosts;

namespace Summarizer.Functions.Tests;

/// <summary>
/// One Functions app under the Functions host for the tests of <see cref="FunctionsHostGroup"/>; on a machine with no
/// host it starts nothing and says why, and those tests report as skipped.
/// </summary>
public sealed class FunctionsHostFixture : IPipelineHost, IAsyncLifetime
{
    private readonly string _reason;
    private FunctionsPipeline? _pipeline;

    public FunctionsHostFixture() => Location = FunctionsHostLocation.Find(out _reason);

    /// <summary>The host this machine has, or null.</summary>
    public FunctionsHostLocation? Location { get; }

    public string? UnavailableReason => Location is null ? _reason : null;

    public FunctionsPipeline Pipeline => _pipeline ?? throw new InvalidOperationException(UnavailableReason ?? "The Functions host has not started.");

    public HttpClient Http => Pipeline.Http;

    public AzuriteServer Azurite => Pipeline.Azurite;

    public async Task InitializeAsync()
    {
        if (Location is not null)
        {
            _pipeline = await FunctionsPipeline.StartAsync(Location);
        }
    }

    public async Task DisposeAsync()
    {
        if (_pipeline is not null)
        {
            await _pipeline.DisposeAsync();
        }
    }
}
