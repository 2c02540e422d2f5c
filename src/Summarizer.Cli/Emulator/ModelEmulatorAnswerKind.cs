namespace Summarizer.Cli.Emulator;

/// <summary>What the provider emulator answers to one chat completions request.</summary>
public enum ModelEmulatorAnswerKind
{
    /// <summary>A valid summary grounded in the numbered sentences (or the notes) of the prompt.</summary>
    Summary,

    /// <summary>The message content given in <see cref="ModelEmulatorAnswer.Content"/>.</summary>
    Text,

    /// <summary>Azure's prompt filter: 400 with <c>code: content_filter</c> and the categories in <c>innererror</c>.</summary>
    PromptFiltered,

    /// <summary>Azure's completion filter: 200 with <c>finish_reason: content_filter</c> and <c>content_filter_results</c>.</summary>
    CompletionFiltered,

    /// <summary>A summary cut off at the output limit: 200 with <c>finish_reason: length</c>.</summary>
    CutOff,

    /// <summary>400 <c>context_length_exceeded</c>.</summary>
    ContextLengthExceeded,

    /// <summary>429 with <c>retry-after-ms</c> and <c>retry-after</c> (Azure) or <c>x-ratelimit-*</c> (OpenAI).</summary>
    TooManyRequests,

    /// <summary>A 5xx answer.</summary>
    ServerError,

    /// <summary>200 with a body that is not valid JSON.</summary>
    Malformed,
}
