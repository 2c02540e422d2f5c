namespace Summarizer.Core.Evaluation;

/// <summary>Percentile intervals of bootstrap draws.</summary>
internal static class Percentiles
{
    /// <summary>
    /// The central <paramref name="level"/> interval of <paramref name="draws"/> (sorted in place), each bound
    /// interpolated linearly between the two nearest ranks.
    /// </summary>
    public static ConfidenceInterval Interval(double[] draws, double level)
    {
        Array.Sort(draws);
        var tail = (1 - level) / 2;
        return new ConfidenceInterval(Percentile(draws, tail), Percentile(draws, 1 - tail));
    }

    /// <summary>Throws unless <paramref name="level"/> is a fraction strictly between 0 and 1.</summary>
    public static void CheckLevel(double level)
    {
        if (level is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The level is a fraction between 0 and 1.");
        }
    }

    private static double Percentile(double[] sorted, double quantile)
    {
        var position = quantile * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}
