namespace Summarizer.Core.Summarization;

/// <summary>A model's validated answer: the summary and key points citing zero-based sentence indexes.</summary>
public sealed record ModelSummary(string Summary, IReadOnlyList<KeyPoint> KeyPoints);
