namespace Summarizer.Core.Evaluation;

/// <summary>One system's averages over an evaluation data set.</summary>
/// <param name="Name">The system: the configured summarizer, <c>lead</c>, or a compared predictions file's name.</param>
/// <param name="Missing">Articles the system gave nothing for (failed, or absent from its file); they score zero.</param>
/// <param name="Summary">ROUGE of the summary against the reference.</param>
/// <param name="Tldr">ROUGE of the TL;DR against the reference (the XSum measure).</param>
/// <param name="KeyPoints">ROUGE of the key points joined, one per line, against the reference; null when the system gives none.</param>
/// <param name="Restating">The share of key points that restate a summary sentence (<see cref="Summarization.KeyPointRestatement"/>).</param>
/// <param name="KeyPointOverlap">The mean word overlap (Jaccard of stemmed words) between two key points of one article.</param>
/// <param name="Coverage">The mean share of the article's thirds that the key points draw on.</param>
public sealed record SummarySystemScores(
    string Name,
    int Missing,
    RougeScores Summary,
    RougeScores Tldr,
    RougeScores? KeyPoints,
    double? Restating,
    double? KeyPointOverlap,
    double? Coverage);
