namespace Summarizer.Core.Evaluation;

/// <summary>ROUGE-1, ROUGE-2 and summary-level ROUGE-L of one summary, or their averages over a data set.</summary>
public sealed record RougeScores(RougeScore Rouge1, RougeScore Rouge2, RougeScore RougeL)
{
    public static RougeScores Average(IReadOnlyCollection<RougeScores> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return new RougeScores(
            RougeScore.Average(scores.Select(s => s.Rouge1).ToList()),
            RougeScore.Average(scores.Select(s => s.Rouge2).ToList()),
            RougeScore.Average(scores.Select(s => s.RougeL).ToList()));
    }
}
