using Microsoft.Extensions.DependencyInjection;

namespace Summarizer.Core.Cleaning;

/// <summary>Registers the article cleaner.</summary>
public static class CleaningServiceCollectionExtensions
{
    public static IServiceCollection AddArticleCleaning(this IServiceCollection services)
    {
        services.AddSingleton<IArticleCleaner, ArticleCleaner>();
        return services;
    }
}
