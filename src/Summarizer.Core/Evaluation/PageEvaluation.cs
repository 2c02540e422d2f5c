namespace Summarizer.Core.Evaluation;

/// <summary>How one extractor did on one page; <see cref="TitleCorrect"/> is null when the page has no expected title.</summary>
public sealed record PageEvaluation(string Page, ExtractionScore Score, bool? TitleCorrect, string? ExpectedTitle, string? ActualTitle, double? ElapsedMs);
