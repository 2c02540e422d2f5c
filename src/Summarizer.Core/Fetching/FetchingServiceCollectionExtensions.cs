using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Summarizer.Core.Fetching;

/// <summary>Registers the URL fetcher and its options from the <c>Fetch</c> section.</summary>
public static class FetchingServiceCollectionExtensions
{
    public static IServiceCollection AddArticleFetching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FetchOptions>()
            .Bind(configuration.GetSection(FetchOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<UrlFetcher>();
        return services;
    }
}
