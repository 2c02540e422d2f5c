using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Summarizer.Core.Pipeline;

/// <summary>Registers the stage handlers and their options from the <c>Pipeline</c> section.</summary>
public static class PipelineServiceCollectionExtensions
{
    public static IServiceCollection AddPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PipelineOptions>()
            .Bind(configuration.GetSection(PipelineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CleanArticleHandler>();
        services.AddSingleton<SummarizeArticleHandler>();
        services.AddSingleton<StalledArticleSweeper>();
        services.AddSingleton<ArticleDeleter>();
        services.AddSingleton<RetentionSweeper>();
        services.AddSingleton<PipelineMetrics>();
        services.AddSingleton<ArticleReconciler>();
        return services;
    }
}
