#pragma warning disable OPENAI001 // ReasoningEffortLevel is marked for evaluation in the OpenAI SDK.
using Microsoft.Extensions.AI;
using OpenAI.Chat;

namespace Summarizer.Core.Summarization;

/// <summary>
/// Puts onto the OpenAI request what Semantic Kernel's settings cannot say: the response schema's name and strict
/// mode, and for a reasoning deployment its <c>reasoning_effort</c> (any of the provider's levels, <c>minimal</c>
/// included). The output limit goes as <c>max_completion_tokens</c> on both providers (the OpenAI and Azure OpenAI
/// clients send it so), which reasoning deployments require.
/// </summary>
internal sealed class ChatRequestShaping(IChatClient inner) : DelegatingChatClient(inner)
{
    /// <summary>
    /// The additional property that carries the reasoning effort from the prompt settings; not Semantic Kernel's own
    /// <c>reasoning_effort</c>, which it maps to Microsoft.Extensions.AI's efforts and which has no <c>minimal</c>.
    /// </summary>
    public const string ReasoningEffortKey = "summarizer_reasoning_effort";

    public const string SchemaName = "article_summary";

    public override Task<ChatResponse> GetResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(messages, Shape(options), cancellationToken);

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(messages, Shape(options), cancellationToken);

    private static ChatOptions? Shape(ChatOptions? options)
    {
        if (options is null)
        {
            return null;
        }

        var shaped = options.Clone();
        string? effort = null;
        if (shaped.AdditionalProperties?.TryGetValue(ReasoningEffortKey, out var value) == true)
        {
            effort = value?.ToString();
            shaped.AdditionalProperties = new AdditionalPropertiesDictionary(shaped.AdditionalProperties.Where(p => p.Key != ReasoningEffortKey));
        }

        // The schema goes on the OpenAI request with its name and strict mode, which the chat options cannot carry.
        var schema = shaped.ResponseFormat is ChatResponseFormatJson { Schema: { } json } format
            ? OpenAI.Chat.ChatResponseFormat.CreateJsonSchemaFormat(format.SchemaName ?? SchemaName, BinaryData.FromString(json.GetRawText()), jsonSchemaIsStrict: true)
            : null;
        shaped.RawRepresentationFactory = _ =>
        {
            var request = new ChatCompletionOptions { ResponseFormat = schema };
            if (effort is not null)
            {
                request.ReasoningEffortLevel = new ChatReasoningEffortLevel(effort);
            }

            return request;
        };
        return shaped;
    }
}
