using Summarizer.Testing.Hosts;

namespace Summarizer.Cli.Tests.Hosting;

/// <summary>The scenarios every host passes, run against <c>summarizer serve</c>.</summary>
public sealed class ServeScenarioTests(ServeHostFixture host) : PipelineScenarios, IClassFixture<ServeHostFixture>
{
    protected override IPipelineHost Host => host;

    protected override async Task<IStartedPipelineHost> StartHostAsync(IReadOnlyDictionary<string, string?> settings) =>
        await LocalPipeline.StartAsync(settings);

    protected override async Task<IReconcilingPipelineHost> StartHostWithoutBlobEventsAsync(IReadOnlyDictionary<string, string?> settings) =>
        await LocalPipeline.StartAsync(LocalPipeline.WithoutBlobEvents(settings));
}
