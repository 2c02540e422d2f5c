namespace Summarizer.Core.Evaluation;

/// <summary>The lower and upper bound of a bootstrap confidence interval.</summary>
public readonly record struct ConfidenceInterval(double Lower, double Upper)
{
    /// <summary>Whether <paramref name="value"/> lies within the bounds.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
