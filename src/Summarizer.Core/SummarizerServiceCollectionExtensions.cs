using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core.Access;
using Summarizer.Core.Api;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Fetching;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;
using Summarizer.Core.Summarization;

namespace Summarizer.Core;

/// <summary>Registers everything a host needs to run the pipeline and its API.</summary>
public static class SummarizerServiceCollectionExtensions
{
    /// <summary>Adds storage, cleaning, summarization, the stage handlers and the API, bound from <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddSummarizer(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddArticleStorage(configuration);
        services.AddArticleCleaning(configuration);
        services.AddArticleFetching(configuration);
        services.AddArticleSummarization(configuration);
        services.AddPipeline(configuration);
        services.AddAccess(configuration);
        services.AddSingleton<ArticleApi>();
        return services;
    }
}
