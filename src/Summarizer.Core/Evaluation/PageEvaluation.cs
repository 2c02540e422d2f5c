namespace Summarizer.Core.Evaluation;

/// <summary>
/// How one extractor did on one page: the word-level <see cref="Score"/>, the Article Extraction Benchmark's
/// <see cref="Shingles"/> and the multi-type benchmark's <see cref="Words"/>;
/// <see cref="TitleCorrect"/> is null when the page has no expected title; <see cref="Rejected"/> is the reason
/// when the extractor rejected the page.
/// </summary>
public sealed record PageEvaluation(
    string Page, ExtractionScore Score, ShingleMatch Shingles, WordMatch Words, bool? TitleCorrect, string? ExpectedTitle, string? ActualTitle, double? ElapsedMs, string? Rejected = null);
