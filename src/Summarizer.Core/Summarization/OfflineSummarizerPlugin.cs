using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace Summarizer.Core.Summarization;

/// <summary>
/// The offline extractive summarizer exposed as a Semantic Kernel plugin, so the summarize stage invokes
/// a kernel function whichever provider is configured.
/// </summary>
public sealed class OfflineSummarizerPlugin
{
    public const string PluginName = "offline";
    public const string FunctionName = "summarize";
    public const string ModelName = "extractive-lead";
    public const string ModelVersion = "0.1";

    [KernelFunction(FunctionName)]
    [Description("Picks the sentences that best summarize an article.")]
    public static ArticleSummary Summarize([Description("The article's sentences in order.")] IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var summary = string.Join(' ', sentences.Take(3));
        var keyPoints = sentences.Select((text, index) => new KeyPoint(text, [index])).Take(5).ToList();
        return new ArticleSummary(summary, keyPoints, sentences, new SummaryUsage("Offline", ModelName, ModelVersion, 0, 0, 0));
    }
}
