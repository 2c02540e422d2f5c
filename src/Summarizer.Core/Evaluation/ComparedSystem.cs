namespace Summarizer.Core.Evaluation;

/// <summary>Another system's predictions, by data set id, to score next to the summarizer.</summary>
public sealed record ComparedSystem(string Name, IReadOnlyDictionary<string, SummaryPrediction> Predictions);
