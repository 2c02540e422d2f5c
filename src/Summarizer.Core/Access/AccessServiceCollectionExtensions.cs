using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Summarizer.Core.Access;

/// <summary>Registers the caller resolution, its options from the <c>Access</c> section and <c>WEBSITE_AUTH_ENABLED</c>.</summary>
public static class AccessServiceCollectionExtensions
{
    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var platform = new PlatformAuthentication(
            string.Equals(configuration[AccessOptions.PlatformAuthenticationSetting], "true", StringComparison.OrdinalIgnoreCase));
        services.AddSingleton(platform);
        services.AddOptions<AccessOptions>()
            .Bind(configuration.GetSection(AccessOptions.SectionName))
            .Validate(
                o => !(platform.Enabled && o.LocalIdentity),
                "Access:LocalIdentity gives full access to anyone not signed in; it cannot be set where the platform's authentication is on (WEBSITE_AUTH_ENABLED).")
            .ValidateOnStart();
        services.AddSingleton<CallerResolver>();
        return services;
    }
}
