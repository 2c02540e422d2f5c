namespace Summarizer.Core.Evaluation;

/// <summary>Precision, recall and their balanced F1 for one ROUGE measure.</summary>
public sealed record RougeScore(double Precision, double Recall, double F1)
{
    public static RougeScore Zero { get; } = new(0, 0, 0);

    /// <summary>Builds a score from a match count and the two sides' totals (F1 with ROUGE-1.5.5's alpha of 0.5).</summary>
    public static RougeScore FromCounts(double matches, double candidateTotal, double referenceTotal)
    {
        var precision = candidateTotal > 0 ? matches / candidateTotal : 0;
        var recall = referenceTotal > 0 ? matches / referenceTotal : 0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new RougeScore(precision, recall, f1);
    }

    /// <summary>The mean of each component over several scores (the per-article average ROUGE reports).</summary>
    public static RougeScore Average(IReadOnlyCollection<RougeScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return scores.Count == 0
            ? Zero
            : new RougeScore(scores.Average(s => s.Precision), scores.Average(s => s.Recall), scores.Average(s => s.F1));
    }
}
