using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Summarizer.Core.Cleaning;

/// <summary>Registers the article cleaner and its options from the <c>Cleaning</c> section.</summary>
public static class CleaningServiceCollectionExtensions
{
    public static IServiceCollection AddArticleCleaning(this IServiceCollection services)
    {
        services.AddOptions<CleaningOptions>()
            .Configure<IServiceProvider>(BindFromConfiguration)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IArticleCleaner, ArticleCleaner>();
        return services;
    }

    // Core carries no configuration binder package, and the options have a single key, so it is read directly.
    private static void BindFromConfiguration(CleaningOptions options, IServiceProvider provider)
    {
        var section = provider.GetService<IConfiguration>()?.GetSection(CleaningOptions.SectionName);
        var maxInputBytes = section?[nameof(CleaningOptions.MaxInputBytes)];
        if (!string.IsNullOrWhiteSpace(maxInputBytes))
        {
            options.MaxInputBytes = long.Parse(maxInputBytes, NumberStyles.Integer, CultureInfo.InvariantCulture);
        }
    }
}
