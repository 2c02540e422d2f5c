namespace Summarizer.Core.Pipeline;

/// <summary>How many times something was measured, and the total and longest of those times, in seconds.</summary>
public sealed record DurationTotals(long Count, double TotalSeconds, double MaxSeconds)
{
    /// <summary>The mean time, in seconds.</summary>
    public double MeanSeconds => Count == 0 ? 0 : TotalSeconds / Count;

    public static DurationTotals Of(TimeSpan elapsed) => new(1, elapsed.TotalSeconds, elapsed.TotalSeconds);

    public DurationTotals Add(TimeSpan elapsed) => new(Count + 1, TotalSeconds + elapsed.TotalSeconds, Math.Max(MaxSeconds, elapsed.TotalSeconds));
}
