namespace Summarizer.Cli.Emulator;

/// <summary>Which server answers on the emulator's OpenAI-shaped route (<c>/v1/chat/completions</c>).</summary>
public enum ModelServerDialect
{
    /// <summary>OpenAI itself: bearer key required, <c>x-ratelimit-*</c> headers, its error JSON.</summary>
    OpenAI,

    /// <summary>Ollama's OpenAI-compatible endpoint: no key, <c>response_format</c> json_schema accepted.</summary>
    Ollama,

    /// <summary>llama.cpp's server: no key unless one is set, its own error JSON (a numeric <c>code</c>).</summary>
    LlamaCpp,
}
