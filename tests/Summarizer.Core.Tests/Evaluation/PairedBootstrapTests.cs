using Summarizer.Core.Evaluation;

namespace Summarizer.Core.Tests.Evaluation;

public sealed class PairedBootstrapTests
{
    [Fact]
    public void MeanDifference_OfAConstantGain_HasThatGainAsItsWholeInterval()
    {
        var baseline = new[] { 0.30, 0.45, 0.50, 0.20 };
        var system = baseline.Select(b => b + 0.02).ToArray();

        var difference = PairedBootstrap.MeanDifference(system, baseline);

        Assert.Equal(0.02, difference.Mean, 10);
        Assert.Equal(0.02, difference.Interval.Lower, 10);
        Assert.Equal(0.02, difference.Interval.Upper, 10);
    }

    [Fact]
    public void MeanDifference_OfGainsAndLossesThatCancel_HoldsZeroInsideItsInterval()
    {
        var baseline = Enumerable.Repeat(0.4, 40).ToArray();
        var system = baseline.Select((b, i) => i % 2 == 0 ? b + 0.1 : b - 0.1).ToArray();

        var difference = PairedBootstrap.MeanDifference(system, baseline);

        Assert.Equal(0, difference.Mean, 10);
        Assert.True(difference.Interval.Lower < -0.01, $"lower {difference.Interval.Lower}");
        Assert.True(difference.Interval.Upper > 0.01, $"upper {difference.Interval.Upper}");
        Assert.True(difference.Interval.Lower > -0.1 && difference.Interval.Upper < 0.1, $"{difference.Interval}");
    }

    [Fact]
    public void MeanDifference_PairsArticles_SoAGainOnEveryArticleIsClearOfZero()
    {
        // The articles vary a lot, the gain on each little: an unpaired comparison would see only noise.
        var baseline = Enumerable.Range(0, 50).Select(i => 0.1 + (i % 10 * 0.08)).ToArray();
        var system = baseline.Select((b, i) => b + 0.005 + (i % 3 * 0.005)).ToArray();

        var difference = PairedBootstrap.MeanDifference(system, baseline);

        Assert.True(difference.Interval.Lower > 0, $"{difference.Interval}");
        Assert.True(difference.Interval.Contains(difference.Mean));
    }

    [Fact]
    public void MeanDifference_IsTheSameOnEveryRun()
    {
        var baseline = Enumerable.Range(0, 30).Select(i => (i * 37 % 11) / 11.0).ToArray();
        var system = Enumerable.Range(0, 30).Select(i => (i * 53 % 13) / 13.0).ToArray();

        Assert.Equal(PairedBootstrap.MeanDifference(system, baseline), PairedBootstrap.MeanDifference(system, baseline));
    }

    [Fact]
    public void MeanDifference_OfSystemsScoredOnDifferentArticles_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => PairedBootstrap.MeanDifference([0.1, 0.2], [0.1]));

        Assert.Contains("same articles", error.Message, StringComparison.Ordinal);
    }
}
