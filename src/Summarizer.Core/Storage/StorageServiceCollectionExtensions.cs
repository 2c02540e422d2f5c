using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Summarizer.Core.Storage;

/// <summary>Registers the storage clients and stores from the <c>Storage</c> section.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddArticleStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<StorageClients>();
        services.AddSingleton<ArticleBlobStore>();
        services.AddSingleton<ArticleDocumentStore>();
        services.AddSingleton<ArticleIndex>();
        services.AddSingleton<ArticleIndexMigration>();
        services.AddSingleton<SummarizeQueue>();
        services.AddSingleton<ReconcileCursorStore>();
        services.AddSingleton<DeadLetteredEvents>();
        return services;
    }
}
