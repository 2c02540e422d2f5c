namespace Summarizer.Core.Summarization;

/// <summary>How long a summary is: about how many sentences, and the most key points.</summary>
/// <param name="SummarySentences">About how many sentences the summary has (1–10).</param>
/// <param name="MaxKeyPoints">The most key points (3–12).</param>
public sealed record SummaryLength(int SummarySentences, int MaxKeyPoints)
{
    public const int MinSummarySentences = 1;
    public const int MaxSummarySentences = 10;
    public const int MinKeyPoints = 3;
    public const int MostKeyPoints = 12;
}
