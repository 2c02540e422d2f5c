using Microsoft.Extensions.Options;

namespace Summarizer.Core.Summarization;

/// <summary>Checks the settings each provider needs, naming the missing setting in the message.</summary>
public sealed class SummarizationOptionsValidator : IValidateOptions<SummarizationOptions>
{
    private const string Section = SummarizationOptions.SectionName;

    // The efforts reasoning deployments take (Summarization:ReasoningEffort).
    private static readonly string[] ReasoningEfforts = ["minimal", "low", "medium", "high"];

    public ValidateOptionsResult Validate(string? name, SummarizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!SummarizationOptions.TryParseProvider(options.Provider, out var provider))
        {
            return ValidateOptionsResult.Fail($"{Section}:Provider '{options.Provider}' is unknown; use Offline, AzureOpenAI or OpenAI.");
        }

        switch (provider)
        {
            case SummaryProvider.Offline:
                break;
            case SummaryProvider.AzureOpenAI:
                Require(options.Endpoint is not null, "Endpoint", failures, provider);
                Require(!string.IsNullOrWhiteSpace(options.Deployment), "Deployment", failures, provider);
                break;
            case SummaryProvider.OpenAI:
                Require(!string.IsNullOrWhiteSpace(options.Model), "Model", failures, provider);
                if (options.BaseUrl is null)
                {
                    Require(!string.IsNullOrWhiteSpace(options.ApiKey), "ApiKey", failures, provider, " without Summarization:BaseUrl");
                }

                break;
            default:
                failures.Add($"{Section}:Provider '{options.Provider}' is not supported.");
                break;
        }

        if (options.Endpoint is { IsAbsoluteUri: false } || options.BaseUrl is { IsAbsoluteUri: false })
        {
            failures.Add($"{Section}:Endpoint and {Section}:BaseUrl must be absolute URLs.");
        }

        if (options.ChunkTokens > options.MaxInputTokens)
        {
            failures.Add($"{Section}:ChunkTokens ({options.ChunkTokens}) must not exceed {Section}:MaxInputTokens ({options.MaxInputTokens}).");
        }

        if (options.GetReasoningEffort() is { } effort && !ReasoningEfforts.Contains(effort))
        {
            failures.Add($"{Section}:ReasoningEffort '{options.ReasoningEffort}' is unknown; use {string.Join(", ", ReasoningEfforts)}, or leave it empty for a model that is not a reasoning one.");
        }

        if (options.MaxOutputTokensCeiling < options.MaxOutputTokens)
        {
            failures.Add($"{Section}:MaxOutputTokensCeiling ({options.MaxOutputTokensCeiling}) must not be below {Section}:MaxOutputTokens ({options.MaxOutputTokens}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(bool present, string key, List<string> failures, SummaryProvider provider, string when = "")
    {
        if (!present)
        {
            failures.Add($"{Section}:{key} is required when {Section}:Provider is {provider}{when}.");
        }
    }
}
