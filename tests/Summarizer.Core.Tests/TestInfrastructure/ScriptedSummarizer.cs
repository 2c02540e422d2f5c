using Summarizer.Core.Cleaning;
using Summarizer.Core.Summarization;

namespace Summarizer.Core.Tests.TestInfrastructure;

/// <summary>A summarizer whose outcome each test sets: the pipeline's behaviour around model failures is under test, not the model.</summary>
internal sealed class ScriptedSummarizer : IArticleSummarizer
{
    private int _calls;

    public Func<CleanedArticle, ArticleSummary> Behaviour { get; set; } = article =>
    {
        var sentences = article.Blocks.Select(b => b.Text).ToList();
        return new ArticleSummary(sentences[0], [new KeyPoint(sentences[0], [0])], sentences, new SummaryUsage("Test", "scripted", "1", 10, 5, 1))
        {
            Tldr = "Scripted TL;DR.",
        };
    };

    public int Calls => _calls;

    public Task<ArticleSummary> SummarizeAsync(CleanedArticle article, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(Behaviour(article));
    }
}
