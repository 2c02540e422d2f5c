using Summarizer.Core.Evaluation;

namespace Summarizer.Core.Tests.Evaluation;

public sealed class CleaningReportTests
{
    [Fact]
    public void Bootstrap_GivesAZeroWidthInterval_WhenEveryPageScoresTheSame()
    {
        var page = ShingleMatch.Compute("a b c d e f", "a b c d e f g");
        var intervals = ShingleBootstrap.Compute([page, page, page, page]);

        Assert.Equal(page.Precision, intervals.Precision.Lower, 6);
        Assert.Equal(page.Precision, intervals.Precision.Upper, 6);
        Assert.Equal(1, intervals.Recall.Lower, 6);
    }

    [Fact]
    public void Bootstrap_BracketsTheMean_AndRepeatsForTheSamePages()
    {
        var pages = Enumerable.Range(0, 60)
            .Select(i => i % 3 == 0 ? ShingleMatch.Compute("a b c d e", "a b c d e x y z") : ShingleMatch.Compute("a b c d e", "a b c d e"))
            .ToList();
        var (precision, _, f1) = ShingleMatch.Summarize(pages);

        var intervals = ShingleBootstrap.Compute(pages);

        Assert.True(intervals.Precision.Lower < precision && precision < intervals.Precision.Upper, $"{intervals.Precision} around {precision}");
        Assert.True(intervals.F1.Contains(f1));
        Assert.True(intervals.Precision.Upper - intervals.Precision.Lower < 0.25);
        Assert.Equal(intervals, ShingleBootstrap.Compute(pages));
    }

    [Fact]
    public void Write_ListsTheWorstPageFirst_AndPrintsIntervals()
    {
        var good = Page("good", "one two three four five", "one two three four five");
        var bad = Page("bad", "one two three four five", "menu home one two three four five sign in now");
        var middling = Page("middling", "one two three four five", "one two three four five six");
        var evaluation = new ExtractorEvaluation("ours", [good, bad, middling], 100);
        using var writer = new StringWriter();

        CleaningReportWriter.Write(writer, [evaluation]);

        var lines = writer.ToString().Split('\n');
        Assert.StartsWith("ours  bad ", lines[0]);
        Assert.StartsWith("ours  middling ", lines[1]);
        Assert.StartsWith("ours  good ", lines[2]);
        Assert.Contains(lines, l => l.Contains("shingles (4 words", StringComparison.Ordinal) && l.Contains("F1=", StringComparison.Ordinal) && l.Contains('['));
    }

    private static PageEvaluation Page(string name, string expected, string actual) =>
        new(name, ExtractionScore.Compute(expected, actual), ShingleMatch.Compute(expected, actual), WordMatch.Compute(expected, actual), null, null, null, 1);
}
