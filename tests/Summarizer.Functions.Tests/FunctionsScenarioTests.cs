using Summarizer.Testing.Hosts;

namespace Summarizer.Functions.Tests;

/// <summary>The scenarios every host passes, run against the Functions app under the Functions host.</summary>
[Collection(FunctionsHostGroup.Name)]
public sealed class FunctionsScenarioTests(FunctionsHostFixture host) : PipelineScenarios
{
    protected override IPipelineHost Host => host;

    protected override async Task<IStartedPipelineHost> StartHostAsync(IReadOnlyDictionary<string, string?> settings) =>
        await FunctionsPipeline.StartAsync(host.Location!, settings);

    protected override async Task<IReconcilingPipelineHost> StartHostWithoutBlobEventsAsync(IReadOnlyDictionary<string, string?> settings) =>
        await FunctionsPipeline.StartAsync(host.Location!, settings, relayBlobEvents: false);
}
