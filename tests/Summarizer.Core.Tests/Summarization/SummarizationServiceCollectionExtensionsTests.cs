using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Core.Summarization;

namespace Summarizer.Core.Tests.Summarization;

public sealed class SummarizationServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddArticleSummarization_DefaultsToTheOfflineSummarizer()
    {
        using var provider = Build([]);

        var summary = await provider.GetRequiredService<IArticleSummarizer>().SummarizeAsync(TestArticles.News("library-robot"));

        Assert.Equal("Offline", summary.Usage.Provider);
        Assert.Equal(OfflineSummarizer.ModelName, summary.Usage.Model);
        Assert.Equal(0, summary.Usage.ModelCalls);
        Assert.NotEmpty(summary.Summary);
    }

    [Fact]
    public void AddArticleSummarization_AppliesSummaryLengthSettings()
    {
        using var provider = Build(new() { ["Summarization:SummarySentences"] = "2", ["Summarization:MaxKeyPoints"] = "4" });

        var options = provider.GetRequiredService<IOptions<SummarizationOptions>>().Value;

        Assert.Equal(2, options.SummarySentences);
        Assert.Equal(4, options.MaxKeyPoints);
    }

    [Fact]
    public void Startup_FailsWhenAzureOpenAIHasNoEndpoint()
    {
        using var provider = Build(new() { ["Summarization:Provider"] = "AzureOpenAI", ["Summarization:Deployment"] = "gpt-4o-mini" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Summarization:Endpoint is required when Summarization:Provider is AzureOpenAI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_FailsWhenOpenAIHasNeitherKeyNorBaseUrl()
    {
        using var provider = Build(new() { ["Summarization:Provider"] = "OpenAI", ["Summarization:Model"] = "gpt-4o-mini" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Summarization:ApiKey is required when Summarization:Provider is OpenAI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_FailsOnAnUnknownReasoningEffort()
    {
        using var provider = Build(new() { ["Summarization:ReasoningEffort"] = "extreme" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Summarization:ReasoningEffort 'extreme' is unknown; use minimal, low, medium, high", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_FailsWhenTheCutOffCeilingIsBelowTheOutputLimit()
    {
        using var provider = Build(new() { ["Summarization:MaxOutputTokens"] = "2000", ["Summarization:MaxOutputTokensCeiling"] = "1000" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Summarization:MaxOutputTokensCeiling (1000) must not be below Summarization:MaxOutputTokens (2000)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_FailsOnAnOutOfRangeSetting()
    {
        using var provider = Build(new() { ["Summarization:MaxConcurrentCalls"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("MaxConcurrentCalls", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_FailsOnAnUnknownProviderNamingTheSetting()
    {
        using var provider = Build(new() { ["Summarization:Provider"] = "Mistral" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Summarization:Provider 'Mistral' is unknown; use Offline, AzureOpenAI or OpenAI.", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddArticleSummarization(configuration).BuildServiceProvider();
    }
}
