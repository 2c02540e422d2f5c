using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core.Summarization;

namespace Summarizer.Core.Tests.Summarization;

/// <summary>The summarizer as the application wires it, from in-memory settings (offline unless told otherwise).</summary>
internal sealed class KernelArticleSummarizerHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public KernelArticleSummarizerHarness(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        _services = new ServiceCollection().AddArticleSummarization(configuration).BuildServiceProvider();
    }

    public IArticleSummarizer Summarizer => _services.GetRequiredService<IArticleSummarizer>();

    /// <summary>The process-wide model rate limiter the summarizer's clients wait on.</summary>
    public ModelRateLimiter Limiter => _services.GetRequiredService<ModelRateLimiter>();

    public void Dispose() => _services.Dispose();
}
