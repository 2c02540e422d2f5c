namespace Summarizer.Core.Api;

/// <summary>One day's (UTC) model calls and tokens for one chat provider, over the articles it summarized that day.</summary>
public sealed record DailyModelUsage(DateOnly Day, string Provider, int Articles, int ModelCalls, long PromptTokens, long CompletionTokens);
