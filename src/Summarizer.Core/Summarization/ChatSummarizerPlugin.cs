using System.ComponentModel;
using Microsoft.SemanticKernel;

namespace Summarizer.Core.Summarization;

/// <summary>The chat-model summarizer exposed under the same kernel function name as the offline one.</summary>
public sealed class ChatSummarizerPlugin(ChatSummarizer summarizer)
{
    [KernelFunction(SummarizerFunction.Name)]
    [Description("Summarizes an article and lists key points grounded in its numbered sentences, with a chat model.")]
    public Task<ArticleSummary> SummarizeAsync(
        [Description("The article's numbered sentences.")] NumberedArticle article,
        CancellationToken cancellationToken,
        [Description("The article's own summary length, if it has one.")] SummaryLength? length = null) =>
        summarizer.SummarizeAsync(article, length, cancellationToken);
}
