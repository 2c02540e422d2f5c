namespace Summarizer.Core.Summarization;

/// <summary>Which model made a summary and what it cost.</summary>
/// <param name="Provider">The configured provider: <c>Offline</c>, <c>AzureOpenAI</c> or <c>OpenAI</c>.</param>
/// <param name="Model">The model or deployment name, or the offline summarizer's name.</param>
/// <param name="ModelVersion">The version of the model or algorithm.</param>
/// <param name="PromptTokens">Prompt tokens summed over all model calls.</param>
/// <param name="CompletionTokens">Completion tokens summed over all model calls.</param>
/// <param name="ModelCalls">The number of model calls, retries included.</param>
/// <param name="LatencyMilliseconds">Wall-clock time spent summarizing the article, waits between retries included.</param>
public sealed record SummaryUsage(string Provider, string Model, string ModelVersion, int PromptTokens, int CompletionTokens, int ModelCalls, long LatencyMilliseconds = 0);
