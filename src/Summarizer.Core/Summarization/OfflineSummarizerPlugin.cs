using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace Summarizer.Core.Summarization;

/// <summary>
/// The offline extractive summarizer exposed as a Semantic Kernel plugin, so the summarize stage invokes the same
/// kernel function whichever provider is configured.
/// </summary>
public sealed class OfflineSummarizerPlugin(OfflineSummarizer summarizer)
{
    [KernelFunction(SummarizerFunction.Name)]
    [Description("Picks the sentences that best summarize an article and the key points among them.")]
    public ArticleSummary Summarize(
        [Description("The article's numbered sentences.")] NumberedArticle article,
        [Description("The article's own summary length, if it has one.")] SummaryLength? length = null) =>
        summarizer.Summarize(article, length);
}
