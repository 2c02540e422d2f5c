using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Summarizer.Core;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Storage;
using Summarizer.Core.Summarization;

namespace Summarizer.Core.Tests.TestInfrastructure;

/// <summary>The services a host registers, against a test's Azurite, optionally with another summarizer, cleaner or settings.</summary>
internal static class PipelineServices
{
    public static async Task<ServiceProvider> CreateAsync(
        string connectionString, IArticleSummarizer? summarizer = null, IDictionary<string, string?>? settings = null, TimeProvider? time = null, IArticleCleaner? cleaner = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = connectionString })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection().AddLogging().AddSummarizer(configuration);
        if (summarizer is not null)
        {
            services.Replace(ServiceDescriptor.Singleton(summarizer));
        }

        if (cleaner is not null)
        {
            services.Replace(ServiceDescriptor.Singleton(cleaner));
        }

        if (time is not null)
        {
            services.Replace(ServiceDescriptor.Singleton(time));
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await provider.GetRequiredService<StorageClients>().EnsureCreatedAsync();
        return provider;
    }

    /// <summary>A blob name no other test uses, so tests can share one Azurite.</summary>
    public static string UniqueName(string stem, string extension = ".txt") => $"{stem}-{Guid.NewGuid():N}{extension}";
}
