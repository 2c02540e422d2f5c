namespace Summarizer.Core.Summarization;

/// <summary>Which engine writes summaries: the built-in extractive summarizer or a chat model.</summary>
public enum SummaryProvider
{
    /// <summary>The extractive summarizer: no network, deterministic.</summary>
    Offline,

    /// <summary>An Azure OpenAI deployment, reached with a managed identity or an API key.</summary>
    AzureOpenAI,

    /// <summary>OpenAI or any OpenAI-compatible server (Ollama, llama.cpp, vLLM, LM Studio).</summary>
    OpenAI,
}
