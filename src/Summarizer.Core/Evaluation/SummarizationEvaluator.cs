using System.Diagnostics;
using Summarizer.Core.Summarization;

namespace Summarizer.Core.Evaluation;

/// <summary>Runs a summarizer and the Lead-3 baseline over a data set and averages their ROUGE scores.</summary>
public sealed class SummarizationEvaluator(IArticleSummarizer summarizer)
{
    public async Task<SummarizationEvaluationReport> EvaluateAsync(IAsyncEnumerable<SummarizationExample> examples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var system = new List<RougeScores>();
        var lead = new List<RougeScores>();
        var failed = 0;
        var name = "none";
        var elapsed = TimeSpan.Zero;
        await foreach (var example in examples.WithCancellation(cancellationToken))
        {
            var article = example.ToCleanedArticle();
            var reference = example.ReferenceSentences;
            lead.Add(RougeScorer.Score(SummaryLeadBaseline.Summarize(NumberedArticle.From(article)), reference));

            var started = Stopwatch.GetTimestamp();
            try
            {
                var summary = await summarizer.SummarizeAsync(article, cancellationToken);
                elapsed += Stopwatch.GetElapsedTime(started);
                name = $"{summary.Usage.Provider}/{summary.Usage.Model}";
                system.Add(RougeScorer.Score(SentenceSplitter.Split(summary.Summary), reference));
            }
            catch (SummarizationException)
            {
                elapsed += Stopwatch.GetElapsedTime(started);
                failed++;
                system.Add(new RougeScores(RougeScore.Zero, RougeScore.Zero, RougeScore.Zero));
            }
        }

        var perSecond = elapsed > TimeSpan.Zero ? system.Count / elapsed.TotalSeconds : 0;
        return new SummarizationEvaluationReport(system.Count, failed, name, RougeScores.Average(system), RougeScores.Average(lead), perSecond);
    }
}
