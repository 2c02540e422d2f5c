using System.ClientModel.Primitives;
using System.Text.Json;
using Microsoft.SemanticKernel;
using ChatCompletion = OpenAI.Chat.ChatCompletion;
using ChatFinishReason = OpenAI.Chat.ChatFinishReason;

namespace Summarizer.Core.Summarization;

/// <summary>Reads what a chat answer says beyond its text: why the model stopped, and what Azure's content filter flagged in it.</summary>
internal static class ChatAnswer
{
    /// <summary>The OpenAI completion behind a Semantic Kernel message, when the provider is OpenAI-shaped.</summary>
    public static ChatCompletion? Completion(ChatMessageContent? message) => message?.InnerContent switch
    {
        ChatCompletion completion => completion,
        Microsoft.Extensions.AI.ChatResponse { RawRepresentation: ChatCompletion completion } => completion,
        _ => null,
    };

    public static ChatFinishReason? FinishReason(ChatMessageContent? message) => Completion(message)?.FinishReason;

    /// <summary>The categories flagged in the first choice's <c>content_filter_results</c> (Azure only), as <c>violence (medium)</c>.</summary>
    public static IReadOnlyList<string> FilteredCategories(ChatMessageContent? message)
    {
        if (Completion(message) is not { } completion)
        {
            return [];
        }

        using var json = JsonDocument.Parse(ModelReaderWriter.Write(completion, ModelReaderWriterOptions.Json));
        return json.RootElement.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array && choices.GetArrayLength() > 0
            && choices[0].TryGetProperty("content_filter_results", out var results)
            ? ContentFilterReason.Categories(results)
            : [];
    }
}
