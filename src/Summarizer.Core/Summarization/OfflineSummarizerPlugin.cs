using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace Summarizer.Core.Summarization;

/// <summary>
/// The offline extractive summarizer exposed as a Semantic Kernel plugin, so the summarize stage invokes the same
/// kernel function whichever provider is configured.
/// </summary>
public sealed class OfflineSummarizerPlugin(OfflineSummarizer summarizer)
{
    public const string PluginName = SummarizerFunction.PluginName;
    public const string FunctionName = SummarizerFunction.Name;
    public const string ModelName = OfflineSummarizer.ModelName;
    public const string ModelVersion = OfflineSummarizer.ModelVersion;

    [KernelFunction(SummarizerFunction.Name)]
    [Description("Picks the sentences that best summarize an article and the key points among them.")]
    public ArticleSummary Summarize([Description("The article's numbered sentences.")] NumberedArticle article) =>
        summarizer.Summarize(article);
}
