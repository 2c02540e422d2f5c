using Microsoft.Extensions.DependencyInjection;

namespace Summarizer.Functions.Storage;

/// <summary>Registers <see cref="DevelopmentStorageInitializer"/> for local runs against Azurite.</summary>
internal static class DevelopmentStorageServiceCollectionExtensions
{
    public static IServiceCollection AddDevelopmentStorage(this IServiceCollection services) =>
        services.AddHostedService<DevelopmentStorageInitializer>();
}
