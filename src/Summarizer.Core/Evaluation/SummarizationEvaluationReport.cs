namespace Summarizer.Core.Evaluation;

/// <summary>Average ROUGE of the configured summarizer and of Lead-3 over a data set, with the summarizer's speed.</summary>
/// <param name="Articles">Articles scored.</param>
/// <param name="Failed">Articles the summarizer could not summarize (scored as zero).</param>
/// <param name="Summarizer">Which provider and model made the summaries.</param>
/// <param name="System">The summarizer's average scores.</param>
/// <param name="Lead3">Lead-3's average scores on the same articles and sentence splitting.</param>
/// <param name="ArticlesPerSecond">Articles summarized per second of summarizer time.</param>
public sealed record SummarizationEvaluationReport(int Articles, int Failed, string Summarizer, RougeScores System, RougeScores Lead3, double ArticlesPerSecond);
