using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Summarizer.Core.Summarization;

/// <summary>Registers the summarizer and the Semantic Kernel it runs on, from the <c>Summarization</c> section.</summary>
public static class SummarizationServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IArticleSummarizer"/> for the provider named in <c>Summarization:Provider</c>; pass the root
    /// configuration (or the <c>Summarization</c> section itself). Settings are validated at start-up.
    /// </summary>
    public static IServiceCollection AddArticleSummarization(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration is IConfigurationSection { Key: SummarizationOptions.SectionName } own
            ? own
            : configuration.GetSection(SummarizationOptions.SectionName);
        services.AddOptions<SummarizationOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SummarizationOptions>, SummarizationOptionsValidator>();
        services.AddKeyedSingleton(SummarizerFunction.KernelKey, (provider, _) => BuildKernel(provider.GetRequiredService<IOptions<SummarizationOptions>>().Value));
        services.AddSingleton<IArticleSummarizer, KernelArticleSummarizer>();
        return services;
    }

    private static Kernel BuildKernel(SummarizationOptions options)
    {
        var kernel = Kernel.CreateBuilder().Build();
        kernel.Plugins.AddFromObject(new OfflineSummarizerPlugin(new OfflineSummarizer(options.SummarySentences, options.MaxKeyPoints)), SummarizerFunction.PluginName);
        return kernel;
    }
}
