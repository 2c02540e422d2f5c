using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Summarization;

/// <summary>Numbers an article's sentences and runs the configured summarize kernel function over them.</summary>
public sealed class KernelArticleSummarizer([FromKeyedServices(SummarizerFunction.KernelKey)] Kernel kernel) : IArticleSummarizer
{
    public Task<ArticleSummary> SummarizeAsync(CleanedArticle article, CancellationToken cancellationToken = default) =>
        SummarizeAsync(article, null, cancellationToken);

    public async Task<ArticleSummary> SummarizeAsync(CleanedArticle article, SummaryLength? length, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var numbered = NumberedArticle.From(article);
        if (numbered.Sentences.Count == 0)
        {
            throw new SummarizationException("The article has no sentences to summarize.", SummarizationFailureKind.InvalidArticle);
        }

        var started = Stopwatch.GetTimestamp();
        var arguments = new KernelArguments { [SummarizerFunction.ArticleArgument] = numbered };
        if (length is not null)
        {
            arguments[SummarizerFunction.LengthArgument] = length;
        }

        var result = await kernel.InvokeAsync(SummarizerFunction.PluginName, SummarizerFunction.Name, arguments, cancellationToken);
        var summary = result.GetValue<ArticleSummary>()
            ?? throw new SummarizationException("The summarizer returned nothing.", SummarizationFailureKind.InvalidAnswer);
        var latency = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return summary with { Usage = summary.Usage with { LatencyMilliseconds = latency } };
    }
}
