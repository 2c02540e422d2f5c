namespace Summarizer.Core.Summarization;

/// <summary>A summary and key points of one article, grounded in its numbered sentences.</summary>
/// <param name="Summary">A few sentences of prose.</param>
/// <param name="KeyPoints">Three to seven key points, each naming its supporting sentences; none restates a summary sentence.</param>
/// <param name="Sentences">The article's sentences in order, as numbered for grounding.</param>
/// <param name="Usage">Model, version and token counts.</param>
public sealed record ArticleSummary(string Summary, IReadOnlyList<KeyPoint> KeyPoints, IReadOnlyList<string> Sentences, SummaryUsage Usage)
{
    /// <summary>One sentence of at most 30 words saying what happened.</summary>
    public string Tldr { get; init; } = string.Empty;
}
