using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
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
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SummarizationOptions>>().Value;
            var loggers = provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
            var limiter = provider.GetRequiredService<ModelRateLimiter>();
            return new ChatSummarizer(ChatKernelFactory.Create(options, loggers, limiter), options, loggers.CreateLogger<ChatSummarizer>());
        });
        services.AddSingleton(provider => new ModelRateLimiter(
            provider.GetRequiredService<IOptions<SummarizationOptions>>(),
            (provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<ModelRateLimiter>()));
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SummarizationOptions>>().Value;
            return new OfflineSummarizer(options.SummarySentences, options.MaxKeyPoints);
        });
        services.AddKeyedSingleton(SummarizerFunction.KernelKey, (provider, _) => BuildKernel(provider));
        services.AddSingleton<IArticleSummarizer, KernelArticleSummarizer>();
        return services;
    }

    // The stage's kernel holds one plugin, "summarizer", whose "summarize" function the configured provider implements.
    private static Kernel BuildKernel(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<SummarizationOptions>>().Value;
        var kernel = Kernel.CreateBuilder().Build();
        object plugin = options.GetProvider() == SummaryProvider.Offline
            ? new OfflineSummarizerPlugin(provider.GetRequiredService<OfflineSummarizer>())
            : new ChatSummarizerPlugin(provider.GetRequiredService<ChatSummarizer>());
        kernel.Plugins.AddFromObject(plugin, SummarizerFunction.PluginName);
        return kernel;
    }
}
