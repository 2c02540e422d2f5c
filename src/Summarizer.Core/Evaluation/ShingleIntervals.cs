namespace Summarizer.Core.Evaluation;

/// <summary>Bootstrap confidence intervals of the benchmark's shingle precision, recall and F1.</summary>
public sealed record ShingleIntervals(ConfidenceInterval Precision, ConfidenceInterval Recall, ConfidenceInterval F1);
