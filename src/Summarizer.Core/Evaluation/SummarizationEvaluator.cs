using System.Diagnostics;
using Summarizer.Core.Summarization;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// Runs a summarizer over a data set and scores it next to the lead baseline (Lead-3 summary, Lead-1 TL;DR) and any
/// other systems' predictions, on the same articles and the same sentence splitting.
/// </summary>
public sealed class SummarizationEvaluator(IArticleSummarizer summarizer)
{
    /// <summary>Scores every example; <paramref name="predictions"/>, when given, receives the summarizer's output line by line.</summary>
    public async Task<SummarizationEvaluationReport> EvaluateAsync(
        IAsyncEnumerable<SummarizationExample> examples,
        IReadOnlyList<ComparedSystem>? compared = null,
        TextWriter? predictions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        compared ??= [];
        var system = new SummarySystemTally("summarizer");
        var lead = new SummarySystemTally("lead");
        var rivals = compared.Select(c => new SummarySystemTally(c.Name)).ToList();
        var articles = 0;
        var failed = 0;
        var name = "none";
        var elapsed = TimeSpan.Zero;
        var processor = TimeSpan.Zero;
        await foreach (var example in examples.WithCancellation(cancellationToken))
        {
            articles++;
            var article = example.ToCleanedArticle();
            var numbered = NumberedArticle.From(article);
            var sentences = numbered.Texts;
            var reference = example.ReferenceSentences;
            lead.Add(LeadPrediction(example.Id, numbered), sentences, reference);
            for (var i = 0; i < compared.Count; i++)
            {
                rivals[i].Add(compared[i].Predictions.GetValueOrDefault(example.Id), sentences, reference);
            }

            var started = Stopwatch.GetTimestamp();
            var cpu = Environment.CpuUsage.TotalTime;
            SummaryPrediction? prediction = null;
            try
            {
                var summary = await summarizer.SummarizeAsync(article, cancellationToken);
                name = $"{summary.Usage.Provider}/{summary.Usage.Model}";
                prediction = new SummaryPrediction(example.Id, summary.Tldr, summary.Summary, summary.KeyPoints.Select(k => k.Text).ToList());
            }
            catch (SummarizationException)
            {
                failed++;
            }

            elapsed += Stopwatch.GetElapsedTime(started);
            processor += Environment.CpuUsage.TotalTime - cpu;
            system.Add(prediction, sentences, reference);
            if (predictions is not null && prediction is not null)
            {
                await SummaryPredictionFile.WriteLineAsync(predictions, prediction, cancellationToken);
            }
        }

        var perSecond = elapsed > TimeSpan.Zero ? articles / elapsed.TotalSeconds : 0;
        var perCpuSecond = processor > TimeSpan.Zero ? articles / processor.TotalSeconds : 0;
        var gain = GainOverLead.Between(system.SummaryScores, lead.SummaryScores, system.TldrScores, lead.TldrScores);
        return new SummarizationEvaluationReport(
            articles, failed, name, system.ToScores(), lead.ToScores(), gain, rivals.Select(r => r.ToScores()).ToList(), perSecond, perCpuSecond);
    }

    private static SummaryPrediction LeadPrediction(string id, NumberedArticle article) => new(
        id,
        SummaryLeadBaseline.Summarize(article, 1) is [var first, ..] ? first : string.Empty,
        string.Join(' ', SummaryLeadBaseline.Summarize(article)),
        []);
}
