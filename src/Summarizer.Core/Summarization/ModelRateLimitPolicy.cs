using System.ClientModel.Primitives;
using System.Text.Json;

namespace Summarizer.Core.Summarization;

/// <summary>
/// The model clients' pipeline step that waits on the process-wide <see cref="ModelRateLimiter"/> before each try is
/// sent, retries included, since the deployment counts every request against its quota. A request's tokens are
/// estimated as Azure OpenAI counts them against the quota: the prompt (counted with <see cref="TokenBudget"/>)
/// plus the output limit the request asks for.
/// </summary>
internal sealed class ModelRateLimitPolicy(ModelRateLimiter limiter, TokenBudget budget, int defaultOutputTokens) : PipelinePolicy
{
    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        limiter.AcquireAsync(EstimateTokens(message), message.CancellationToken).AsTask().GetAwaiter().GetResult();
        ProcessNext(message, pipeline, currentIndex);
    }

    public override async ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        await limiter.AcquireAsync(EstimateTokens(message), message.CancellationToken);
        await ProcessNextAsync(message, pipeline, currentIndex);
    }

    private int EstimateTokens(PipelineMessage message)
    {
        if (message.Request.Content is not { } content)
        {
            return 1;
        }

        using var body = new MemoryStream();
        content.WriteTo(body, message.CancellationToken);
        try
        {
            using var json = JsonDocument.Parse(body.ToArray());
            return PromptTokens(json.RootElement) + OutputTokens(json.RootElement);
        }
        catch (JsonException)
        {
            return budget.Count(System.Text.Encoding.UTF8.GetString(body.ToArray())) + defaultOutputTokens;
        }
    }

    private int PromptTokens(JsonElement root)
    {
        if (!root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            return 0;
        }

        var tokens = 0;
        foreach (var chatMessage in messages.EnumerateArray())
        {
            if (chatMessage.TryGetProperty("content", out var text))
            {
                tokens += text.ValueKind == JsonValueKind.String ? budget.Count(text.GetString()!) : budget.Count(text.GetRawText());
            }
        }

        return tokens;
    }

    private int OutputTokens(JsonElement root)
    {
        foreach (var name in (string[])["max_completion_tokens", "max_tokens"])
        {
            if (root.TryGetProperty(name, out var limit) && limit.TryGetInt32(out var value))
            {
                return value;
            }
        }

        return defaultOutputTokens;
    }
}
