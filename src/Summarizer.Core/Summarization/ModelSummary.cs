namespace Summarizer.Core.Summarization;

/// <summary>A model's validated answer: the TL;DR, the summary and key points citing zero-based sentence indexes.</summary>
public sealed record ModelSummary(string Tldr, string Summary, IReadOnlyList<KeyPoint> KeyPoints);
