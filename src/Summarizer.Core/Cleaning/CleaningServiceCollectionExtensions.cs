using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Summarizer.Core.Cleaning;

/// <summary>Registers the article cleaner and its options from the <c>Cleaning</c> section.</summary>
public static class CleaningServiceCollectionExtensions
{
    public static IServiceCollection AddArticleCleaning(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CleaningOptions>()
            .Bind(configuration.GetSection(CleaningOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IArticleCleaner, ArticleCleaner>();
        return services;
    }
}
