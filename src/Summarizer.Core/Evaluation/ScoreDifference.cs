namespace Summarizer.Core.Evaluation;

/// <summary>The mean per-article difference between two systems' scores, with its bootstrap confidence interval.</summary>
/// <param name="Mean">The mean over the articles of the first system's score minus the second's.</param>
/// <param name="Interval">The interval from resampling the articles; a difference whose interval holds 0 is within the noise.</param>
public sealed record ScoreDifference(double Mean, ConfidenceInterval Interval);
