using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace Summarizer.Core.Summarization;

/// <summary>Registers the summarizer and the Semantic Kernel it runs on, from the <c>Summarization</c> section.</summary>
public static class SummarizationServiceCollectionExtensions
{
    public static IServiceCollection AddArticleSummarization(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(_ =>
        {
            var kernel = Kernel.CreateBuilder().Build();
            kernel.Plugins.AddFromType<OfflineSummarizerPlugin>(OfflineSummarizerPlugin.PluginName);
            return kernel;
        });
        services.AddSingleton<IArticleSummarizer, KernelArticleSummarizer>();
        return services;
    }
}
