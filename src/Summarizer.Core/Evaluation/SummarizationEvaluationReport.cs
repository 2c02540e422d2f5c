namespace Summarizer.Core.Evaluation;

/// <summary>The configured summarizer, the lead baseline and any compared systems, scored on the same articles.</summary>
/// <param name="Articles">Articles scored.</param>
/// <param name="Failed">Articles the summarizer could not summarize (scored as zero).</param>
/// <param name="Summarizer">Which provider and model made the summaries.</param>
/// <param name="System">The summarizer's scores.</param>
/// <param name="Lead">The lead baseline: Lead-3 as the summary, Lead-1 as the TL;DR, no key points.</param>
/// <param name="OverLead">The summarizer's summary and TL;DR F1 minus the lead baseline's, article by article, with paired bootstrap intervals.</param>
/// <param name="Compared">Other systems' predictions files, in the order given.</param>
/// <param name="ArticlesPerSecond">Articles summarized per second of summarizer time (wall clock).</param>
/// <param name="ArticlesPerCpuSecond">Articles summarized per second of processor time the process spent meanwhile, which other load on the machine does not change.</param>
public sealed record SummarizationEvaluationReport(
    int Articles,
    int Failed,
    string Summarizer,
    SummarySystemScores System,
    SummarySystemScores Lead,
    GainOverLead OverLead,
    IReadOnlyList<SummarySystemScores> Compared,
    double ArticlesPerSecond,
    double ArticlesPerCpuSecond);
