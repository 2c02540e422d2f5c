namespace Summarizer.Core.Summarization;

/// <summary>How the answer's JSON shape is asked for, from the strictest to what every chat server takes.</summary>
internal enum ChatResponseMode
{
    /// <summary>Structured outputs: <c>response_format</c> <c>json_schema</c> with the strict response schema.</summary>
    JsonSchema,

    /// <summary>JSON mode: <c>response_format</c> <c>json_object</c>; the prompt gives the shape.</summary>
    JsonObject,

    /// <summary>No <c>response_format</c>: the prompt alone, the answer read from a Markdown code fence if it has one.</summary>
    PromptOnly,
}
