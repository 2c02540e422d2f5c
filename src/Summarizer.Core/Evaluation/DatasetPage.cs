namespace Summarizer.Core.Evaluation;

/// <summary>One page of a cleaning dataset: its source HTML and the text and title an ideal extractor returns.</summary>
public sealed record DatasetPage(string Name, string SourcePath, long SourceBytes, string ExpectedText, string? ExpectedTitle);
