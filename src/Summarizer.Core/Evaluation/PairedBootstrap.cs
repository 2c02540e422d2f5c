namespace Summarizer.Core.Evaluation;

/// <summary>
/// Paired percentile bootstrap over articles for the difference between two systems scored on the same articles: the
/// articles are drawn with replacement many times and each draw's mean difference kept, so the interval says how
/// much of a gain could come from which articles happen to be in the set.
/// </summary>
public static class PairedBootstrap
{
    /// <summary>Draws used by <c>eval summarize</c>.</summary>
    public const int DefaultResamples = 2000;

    /// <summary>
    /// The mean of <paramref name="system"/>[i] − <paramref name="baseline"/>[i] and its <paramref name="level"/>
    /// interval. The draws come from a fixed seed, so the same scores always give the same interval.
    /// </summary>
    public static ScoreDifference MeanDifference(
        IReadOnlyList<double> system, IReadOnlyList<double> baseline, int resamples = DefaultResamples, double level = 0.95, int seed = 20240611)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        Percentiles.CheckLevel(level);
        if (system.Count != baseline.Count)
        {
            throw new ArgumentException($"The two systems were scored on {system.Count} and {baseline.Count} articles; a paired comparison needs the same articles.", nameof(baseline));
        }

        if (system.Count == 0)
        {
            return new ScoreDifference(0, default);
        }

        var differences = system.Zip(baseline, (s, b) => s - b).ToArray();
        var random = new Random(seed);
        var means = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            var sum = 0.0;
            for (var i = 0; i < differences.Length; i++)
            {
                sum += differences[random.Next(differences.Length)];
            }

            means[r] = sum / differences.Length;
        }

        return new ScoreDifference(differences.Average(), Percentiles.Interval(means, level));
    }
}
