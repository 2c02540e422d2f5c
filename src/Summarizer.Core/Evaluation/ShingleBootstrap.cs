namespace Summarizer.Core.Evaluation;

/// <summary>
/// Percentile bootstrap over pages for the benchmark's shingle precision, recall and F1: the pages are drawn with
/// replacement many times and each draw summarised as <see cref="ShingleMatch.Summarize"/> does, so a difference
/// between two runs smaller than the interval is within the noise of which pages happen to be in the set.
/// </summary>
public static class ShingleBootstrap
{
    /// <summary>Draws used by <c>eval clean</c>; enough for stable 95 % bounds on a few hundred pages.</summary>
    public const int DefaultResamples = 2000;

    /// <summary>
    /// The <paramref name="level"/> (e.g. 0.95) intervals of precision, recall and F1. The draws come from a fixed
    /// seed, so the same pages always give the same intervals.
    /// </summary>
    public static ShingleIntervals Compute(IReadOnlyList<ShingleMatch> pages, int resamples = DefaultResamples, double level = 0.95, int seed = 20240611)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        Percentiles.CheckLevel(level);

        if (pages.Count == 0)
        {
            return new ShingleIntervals(default, default, default);
        }

        var random = new Random(seed);
        var precision = new double[resamples];
        var recall = new double[resamples];
        var f1 = new double[resamples];
        var draw = new ShingleMatch[pages.Count];
        for (var r = 0; r < resamples; r++)
        {
            for (var i = 0; i < draw.Length; i++)
            {
                draw[i] = pages[random.Next(pages.Count)];
            }

            (precision[r], recall[r], f1[r]) = ShingleMatch.Summarize(draw);
        }

        return new ShingleIntervals(Percentiles.Interval(precision, level), Percentiles.Interval(recall, level), Percentiles.Interval(f1, level));
    }
}
