namespace Summarizer.Core.Evaluation;

/// <summary>
/// Percentile bootstrap of a statistic over groups of pages: each draw resamples every group's pages with
/// replacement, within the group, so a macro mean over groups keeps each group's size, and one group is the plain
/// page bootstrap. The draws come from a fixed seed, so the same pages always give the same interval.
/// </summary>
public static class StratifiedBootstrap
{
    public static ConfidenceInterval Compute<T>(
        IReadOnlyList<IReadOnlyList<T>> groups,
        Func<IReadOnlyList<IReadOnlyList<T>>, double> statistic,
        int resamples = ShingleBootstrap.DefaultResamples,
        double level = 0.95,
        int seed = 20240611)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(statistic);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        Percentiles.CheckLevel(level);
        if (groups.Count == 0 || groups.Any(g => g.Count == 0))
        {
            return default;
        }

        var random = new Random(seed);
        var draws = new double[resamples];
        var drawn = groups.Select(g => new T[g.Count]).ToArray();
        for (var r = 0; r < resamples; r++)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                var source = groups[g];
                var target = drawn[g];
                for (var i = 0; i < target.Length; i++)
                {
                    target[i] = source[random.Next(source.Count)];
                }
            }

            draws[r] = statistic(drawn);
        }

        return Percentiles.Interval(draws, level);
    }
}
