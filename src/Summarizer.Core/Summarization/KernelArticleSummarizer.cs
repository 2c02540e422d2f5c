using System.Text.RegularExpressions;
using Microsoft.SemanticKernel;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Summarization;

/// <summary>Runs the configured summarize kernel function over an article's numbered sentences.</summary>
public sealed partial class KernelArticleSummarizer(Kernel kernel) : IArticleSummarizer
{
    public async Task<ArticleSummary> SummarizeAsync(CleanedArticle article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = article.Blocks.Where(b => b.Kind != BlockKind.Heading)
            .SelectMany(b => SentenceBoundary().Split(b.Text))
            .Where(s => s.Length > 0)
            .ToList();
        if (sentences.Count == 0)
        {
            throw new SummarizationException("The article has no sentences to summarize.", isTransient: false);
        }

        var result = await kernel.InvokeAsync(
            OfflineSummarizerPlugin.PluginName,
            OfflineSummarizerPlugin.FunctionName,
            new KernelArguments { ["sentences"] = sentences },
            cancellationToken);
        return result.GetValue<ArticleSummary>() ?? throw new SummarizationException("The summarizer returned nothing.", isTransient: false);
    }

    [GeneratedRegex(@"(?<=[.!?][""”’]?)\s+(?=[A-Z""“‘])")]
    private static partial Regex SentenceBoundary();
}
