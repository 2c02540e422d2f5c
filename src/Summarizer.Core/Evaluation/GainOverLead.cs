namespace Summarizer.Core.Evaluation;

/// <summary>
/// How far the summarizer's F1 is above the lead baseline's on the same articles (Lead-3 for the summary, Lead-1 for
/// the TL;DR), each with a paired bootstrap interval (<see cref="PairedBootstrap"/>).
/// </summary>
public sealed record GainOverLead(ScoreDifference SummaryRouge1, ScoreDifference SummaryRouge2, ScoreDifference SummaryRougeL, ScoreDifference TldrRouge1)
{
    internal static GainOverLead Between(IReadOnlyList<RougeScores> summary, IReadOnlyList<RougeScores> leadSummary, IReadOnlyList<RougeScores> tldr, IReadOnlyList<RougeScores> leadTldr)
    {
        static ScoreDifference Difference(IReadOnlyList<RougeScores> system, IReadOnlyList<RougeScores> lead, Func<RougeScores, RougeScore> measure) =>
            PairedBootstrap.MeanDifference(system.Select(s => measure(s).F1).ToList(), lead.Select(s => measure(s).F1).ToList());

        return new GainOverLead(
            Difference(summary, leadSummary, s => s.Rouge1),
            Difference(summary, leadSummary, s => s.Rouge2),
            Difference(summary, leadSummary, s => s.RougeL),
            Difference(tldr, leadTldr, s => s.Rouge1));
    }
}
