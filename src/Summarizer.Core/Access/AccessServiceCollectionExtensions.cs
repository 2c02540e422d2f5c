using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Summarizer.Core.Access;

/// <summary>Registers the caller resolution and its options from the <c>Access</c> section and <c>WEBSITE_AUTH_ENABLED</c>.</summary>
public static class AccessServiceCollectionExtensions
{
    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AccessOptions>()
            .Bind(configuration.GetSection(AccessOptions.SectionName))
            .Configure(o => o.PlatformAuthentication = string.Equals(configuration[AccessOptions.PlatformAuthenticationSetting], "true", StringComparison.OrdinalIgnoreCase))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<CallerResolver>();
        return services;
    }
}
