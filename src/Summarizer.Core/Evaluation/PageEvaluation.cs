namespace Summarizer.Core.Evaluation;

/// <summary>
/// How one extractor did on one page: the word-level <see cref="Score"/> and the benchmark's <see cref="Shingles"/>;
/// <see cref="TitleCorrect"/> is null when the page has no expected title.
/// </summary>
public sealed record PageEvaluation(
    string Page, ExtractionScore Score, ShingleMatch Shingles, bool? TitleCorrect, string? ExpectedTitle, string? ActualTitle, double? ElapsedMs);
