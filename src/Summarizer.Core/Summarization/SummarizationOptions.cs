using System.ComponentModel.DataAnnotations;

namespace Summarizer.Core.Summarization;

/// <summary>
/// The <c>Summarization</c> configuration section: which provider writes summaries, how to reach it, how long
/// summaries are and how model calls are budgeted and retried. Checked at start-up.
/// </summary>
public sealed class SummarizationOptions
{
    public const string SectionName = "Summarization";

    /// <summary><c>Offline</c> (default), <c>AzureOpenAI</c> or <c>OpenAI</c>; kept as text so that a wrong name fails validation with a clear message.</summary>
    public string Provider { get; set; } = nameof(SummaryProvider.Offline);

    /// <summary>The parsed <see cref="Provider"/>; call only on validated options.</summary>
    public SummaryProvider GetProvider() => TryParseProvider(Provider, out var kind)
        ? kind
        : throw new InvalidOperationException($"{SectionName}:Provider '{Provider}' is unknown.");

    /// <summary>The Azure OpenAI resource endpoint, such as <c>https://name.openai.azure.com/</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The Azure OpenAI deployment name.</summary>
    public string? Deployment { get; set; }

    /// <summary>The API key; for Azure OpenAI, leave empty to sign in with <c>DefaultAzureCredential</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The model name for <c>OpenAI</c>; for Azure OpenAI, the model behind the deployment (for token counts).</summary>
    public string? Model { get; set; }

    /// <summary>The base URL of an OpenAI-compatible server, such as <c>http://localhost:11434/v1</c> for Ollama.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The client id of a user-assigned managed identity, when Azure OpenAI is reached without a key.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>About how many sentences a summary has.</summary>
    [Range(1, 10)]
    public int SummarySentences { get; set; } = 3;

    /// <summary>The most key points per article (at least 3 are asked for).</summary>
    [Range(3, 12)]
    public int MaxKeyPoints { get; set; } = 7;

    /// <summary>Articles whose numbered sentences take more prompt tokens than this are summarized in parts.</summary>
    [Range(256, 1_000_000)]
    public int MaxInputTokens { get; set; } = 6000;

    /// <summary>The token size of one part when an article is summarized in parts.</summary>
    [Range(128, 1_000_000)]
    public int ChunkTokens { get; set; } = 3000;

    /// <summary>The most completion tokens asked for in one model call.</summary>
    [Range(64, 100_000)]
    public int MaxOutputTokens { get; set; } = 1200;

    /// <summary>The most model calls in flight at once in this process.</summary>
    [Range(1, 256)]
    public int MaxConcurrentCalls { get; set; } = 4;

    /// <summary>Retries of one model call on 408, 429, 5xx and time-outs before the article is handed back for redelivery.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first back-off between retries, doubled each time, when the server sends no <c>Retry-After</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between retries, whatever <c>Retry-After</c> asks.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one model call may take before it is abandoned and retried.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:30:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    internal static bool TryParseProvider(string? value, out SummaryProvider kind) =>
        Enum.TryParse(value, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(value, out _);

    /// <summary>The sampling temperature sent to the model; 0 gives the most repeatable answers. Not sent to reasoning models.</summary>
    [Range(0.0, 2.0)]
    public double Temperature { get; set; }

    /// <summary>
    /// Set for a reasoning deployment (o1, o3, o3-mini, o4-mini, the gpt-5 family): <c>minimal</c>, <c>low</c>,
    /// <c>medium</c> or <c>high</c>. Then no temperature is sent, the output limit goes as
    /// <c>max_completion_tokens</c>, and the effort as <c>reasoning_effort</c>. Empty for other models.
    /// </summary>
    public string? ReasoningEffort { get; set; }

    /// <summary>The largest output limit the one retry of a cut-off answer (<c>finish_reason: length</c>) asks for; the limit is doubled up to it.</summary>
    [Range(64, 200_000)]
    public int MaxOutputTokensCeiling { get; set; } = 4800;

    /// <summary>The configured <see cref="ReasoningEffort"/> in lower case, or null for a model that is not a reasoning one.</summary>
    public string? GetReasoningEffort() => string.IsNullOrWhiteSpace(ReasoningEffort) ? null : ReasoningEffort.Trim().ToLowerInvariant();
}
