namespace Summarizer.Cli.Emulator;

/// <summary>How the provider emulator behaves for every request; <see cref="ModelEmulator.Options"/> may be changed while it runs.</summary>
public sealed record ModelEmulatorOptions
{
    /// <summary>The server behind <c>/v1/chat/completions</c>.</summary>
    public ModelServerDialect Dialect { get; init; } = ModelServerDialect.OpenAI;

    /// <summary>The key a request must carry (<c>api-key</c> or a bearer token); null lets every request in, as Ollama does.</summary>
    public string? ApiKey { get; init; }

    /// <summary>An Entra ID bearer token Azure accepts besides the key; null accepts none.</summary>
    public string? BearerToken { get; init; }

    /// <summary>The Azure deployments that exist; empty accepts every name.</summary>
    public IReadOnlySet<string> Deployments { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The <c>api-version</c> values Azure accepts.</summary>
    public IReadOnlySet<string> ApiVersions { get; init; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "2024-06-01", "2024-08-01-preview", "2024-09-01-preview", "2024-10-01-preview", "2024-10-21", "2024-12-01-preview",
        "2025-01-01-preview", "2025-03-01-preview", "2025-04-01-preview", "preview", "latest",
    };

    /// <summary>Deployments or models that follow the reasoning models' parameter rules (o-series, gpt-5).</summary>
    public IReadOnlySet<string> ReasoningModels { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The context window in tokens (about four characters each); a longer prompt gets <c>context_length_exceeded</c>.</summary>
    public int? ContextWindowTokens { get; init; }

    /// <summary>The output tokens a whole summary takes; a smaller output limit gets the answer cut off (<c>finish_reason: length</c>).</summary>
    public int? SummaryTokens { get; init; }

    /// <summary>The <c>response_format</c> types rejected with a 400 (such as <c>json_schema</c>, as some compatible servers do).</summary>
    public IReadOnlySet<string> RejectedResponseFormats { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Whether an answer to a request without <c>response_format</c> comes in a Markdown code fence, as chat models write it.</summary>
    public bool FenceUnformattedAnswers { get; init; } = true;

    /// <summary>The rate limits, or null for none.</summary>
    public ModelEmulatorQuota? Quota { get; init; }

    /// <summary>The model name the answers report.</summary>
    public string AnswerModel { get; init; } = "gpt-4o-mini-2024-07-18";
}
