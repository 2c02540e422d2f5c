using Microsoft.Extensions.Options;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Evaluation;

namespace Summarizer.Core.Tests.Evaluation;

/// <summary>Figures per manifest field, the multi-type benchmark's word measure and leave-one-source-out folds, on small datasets built here.</summary>
public sealed class GroupedCleaningFiguresTests : IDisposable
{
    private const string Story = "The council approved the new tram line on Tuesday after a long debate about its cost. "
        + "Work on the tracks starts in spring, and the first trams are due to run through the old town within three years.";

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("grouped-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void WordMatch_CountsLowerCasedWordsWithMultiplicity()
    {
        var match = WordMatch.Compute("The tram, the TRAM and the_line", "the the the tram extra");

        // Expected words: the tram the tram and the_line (6); extracted: the the the tram extra (5); common: the the tram.
        Assert.Equal(new WordMatch(3, 5, 6), match);
        Assert.Equal(2.0 * 3 / 11, match.F1, 6);
        Assert.Equal(1, WordMatch.Compute(string.Empty, null).F1);
        Assert.Equal(0, WordMatch.Compute("text", string.Empty).F1);
    }

    [Fact]
    public void WordMatch_Pool_SumsTheCountsSoLongPagesWeighMore()
    {
        var pooled = WordMatch.Pool([new WordMatch(90, 100, 100), new WordMatch(0, 10, 10)]);

        Assert.Equal(new WordMatch(90, 110, 110), pooled);
        Assert.Equal(90.0 / 110, pooled.F1, 6);
    }

    [Fact]
    public void Load_GivesEachPageTheStringFieldsOfTheManifest()
    {
        WriteDataset(("a-1", "alpha", "article"), ("b-1", "beta", null));

        var pages = CleaningDataset.Load(folder.FullName);

        Assert.Equal("alpha", pages.Single(p => p.Name == "a-1").Field("source"));
        Assert.Equal("article", pages.Single(p => p.Name == "a-1").Field("page_type"));
        Assert.Null(pages.Single(p => p.Name == "b-1").Field("page_type"));
        Assert.Null(pages.Single(p => p.Name == "b-1").Field("gold_words"));
    }

    [Fact]
    public void GroupReport_PrintsEachGroup_AndTheMacroMeanBesideTheMicroFigure()
    {
        var pages = new List<DatasetPage>
        {
            Page("a-1", "alpha"), Page("a-2", "alpha"), Page("a-3", "alpha"), Page("b-1", "beta"),
        };

        // Alpha's three pages are perfect and beta's one page is empty: micro mean 0.75, macro mean 0.5.
        var evaluation = new ExtractorEvaluation("ours", [Scored("a-1", Story), Scored("a-2", Story), Scored("a-3", Story), Scored("b-1", string.Empty)], 0);
        using var writer = new StringWriter();

        CleaningGroupReportWriter.Write(writer, [evaluation], pages, "source");

        var lines = writer.ToString().Split('\n');
        Assert.Contains(lines, l => l.Contains("source=alpha", StringComparison.Ordinal) && l.Contains("pages=3", StringComparison.Ordinal) && l.Contains("words mean F1=1.000 [1.000, 1.000]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("source=beta", StringComparison.Ordinal) && l.Contains("words mean F1=0.000", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("macro over 2 source groups", StringComparison.Ordinal) && l.Contains("mean word F1=0.500 [0.500, 0.500]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("micro over 4 pages", StringComparison.Ordinal) && l.Contains("mean word F1=0.750", StringComparison.Ordinal));
    }

    [Fact]
    public void GroupReport_PutsPagesWithoutTheFieldInOneGroup()
    {
        var pages = new List<DatasetPage> { Page("a-1", "alpha", "forum"), Page("b-1", "beta") };
        var evaluation = new ExtractorEvaluation("ours", [Scored("a-1", Story), Scored("b-1", Story)], 0);
        using var writer = new StringWriter();

        CleaningGroupReportWriter.Write(writer, [evaluation], pages, "page_type");

        Assert.Contains("page_type=(none)", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("page_type=forum", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void StratifiedBootstrap_ResamplesWithinEachGroup()
    {
        IReadOnlyList<IReadOnlyList<double>> groups = [[1, 1, 1, 1], [0, 1, 0, 1, 0, 1]];

        var interval = StratifiedBootstrap.Compute(groups, g => g.Average(x => x.Average()));

        // The first group never varies; the second's mean moves, so the macro mean moves around 0.75.
        Assert.True(interval.Lower < 0.75 && interval.Upper > 0.75, interval.ToString());
        Assert.True(interval.Lower >= 0.5 && interval.Upper <= 1, interval.ToString());
        Assert.Equal(interval, StratifiedBootstrap.Compute(groups, g => g.Average(x => x.Average())));
    }

    [Fact]
    public void Folds_FitOnEveryOtherSource_AndScoreEachPageOnce()
    {
        WriteDataset(("a-1", "alpha", null), ("a-2", "alpha", null), ("b-1", "beta", null), ("c-1", "gamma", null));
        var pages = CleaningDataset.Load(folder.FullName);
        var fitter = new RecordingFitter(new ArticleCleaner(Options.Create(new CleaningOptions())));

        var evaluation = CleaningFolds.Evaluate("ours", fitter, pages, "source", null, CancellationToken.None);

        Assert.Equal(["a-1", "a-2", "b-1", "c-1"], evaluation.Pages.Select(p => p.Page));
        Assert.Equal(
            ["b-1 c-1", "a-1 a-2 c-1", "a-1 a-2 b-1"],
            fitter.Fits.Select(f => string.Join(' ', f)));
        Assert.All(evaluation.Pages, p => Assert.True(p.Words.F1 > 0.9, $"{p.Page}: {p.Words.F1}"));
    }

    [Fact]
    public void Folds_NeedTwoValuesOfTheField()
    {
        WriteDataset(("a-1", "alpha", null), ("a-2", "alpha", null));
        var pages = CleaningDataset.Load(folder.FullName);

        var error = Assert.Throws<ArgumentException>(() => CleaningFolds.Evaluate("ours", new RecordingFitter(new ArticleCleaner(Options.Create(new CleaningOptions()))), pages, "source", null, CancellationToken.None));
        Assert.Contains("at least two source values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluateCleaner_ScoresAPageTheCleanerThrowsOnAsRejected()
    {
        WriteDataset(("a-1", "alpha", null), ("a-2", "alpha", null));
        var pages = CleaningDataset.Load(folder.FullName);

        var evaluation = CleaningEvaluator.EvaluateCleaner("ours", new ThrowingCleaner(), pages, CancellationToken.None);

        Assert.All(evaluation.Pages, p => Assert.StartsWith("The cleaner threw InvalidOperationException", p.Rejected, StringComparison.Ordinal));
        Assert.All(evaluation.Pages, p => Assert.Equal(0, p.Words.F1));
    }

    private static DatasetPage Page(string name, string source, string? pageType = null)
    {
        var fields = new Dictionary<string, string> { ["source"] = source };
        if (pageType is not null)
        {
            fields["page_type"] = pageType;
        }

        return new DatasetPage(name, name + ".html", 0, Story, null, fields);
    }

    private static PageEvaluation Scored(string name, string actual) =>
        new(name, ExtractionScore.Compute(Story, actual), ShingleMatch.Compute(Story, actual), WordMatch.Compute(Story, actual), null, null, null, 1);

    private void WriteDataset(params (string Id, string Source, string? PageType)[] pages) =>
        BenchmarkDatasetFolder.Write(folder.FullName, pages.Select(page =>
        {
            var fields = new Dictionary<string, object> { ["source"] = page.Source, ["gold_words"] = 40 };
            if (page.PageType is not null)
            {
                fields["page_type"] = page.PageType;
            }

            return (page.Id, $"<html><head><title>Tram line</title></head><body><article><p>{Story}</p></article></body></html>", Story, fields);
        }));

    private sealed class ThrowingCleaner : IArticleCleaner
    {
        public CleaningResult Clean(ArticleSource source, CancellationToken cancellationToken = default) => throw new InvalidOperationException("broken page");
    }
}
