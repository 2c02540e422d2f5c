using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core.Storage;

namespace Summarizer.Functions.Storage;

/// <summary>Registers <see cref="LocalStorageInitializer"/> when storage is reached by connection string.</summary>
internal static class LocalStorageServiceCollectionExtensions
{
    private const string ConnectionStringKey = StorageOptions.SectionName + ":" + nameof(StorageOptions.ConnectionString);

    // A connection string means Azurite or a hand-made account; the deployed app uses identity-based URIs to
    // storage that the Bicep provisioned. The worker's host environment name is not a reliable signal for this.
    public static IServiceCollection AddLocalStorageInitializer(this IServiceCollection services, IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration[ConnectionStringKey])
            ? services
            : services.AddHostedService<LocalStorageInitializer>();
}
