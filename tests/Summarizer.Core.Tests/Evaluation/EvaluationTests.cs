using Microsoft.Extensions.Options;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Evaluation;

namespace Summarizer.Core.Tests.Evaluation;

public sealed class EvaluationTests
{
    private static string DatasetFolder => Path.Combine(AppContext.BaseDirectory, "TestData", "Cleaning", "dataset");

    [Fact]
    public void Compute_CountsRepeatedWordsOnce()
    {
        var score = ExtractionScore.Compute("the bridge the toll", "the the the bridge extra");
        Assert.Equal(3.0 / 5, score.Precision, 6);
        Assert.Equal(3.0 / 4, score.Recall, 6);
        Assert.Equal(2 * 0.6 * 0.75 / 1.35, score.F1, 6);
    }

    [Fact]
    public void Compute_IgnoresCaseAndPunctuation()
    {
        Assert.Equal(1.0, ExtractionScore.Compute("The bridge, reopened!", "the BRIDGE reopened").F1, 6);
    }

    [Fact]
    public void Tokenize_SplitsUnspacedScriptsIntoCharacters()
    {
        Assert.Equal(["橋", "は", "再", "開", "bridge"], WordTokenizer.Tokenize("橋は再開 bridge"));
    }

    [Theory]
    [InlineData("Tram line approved", "tram line  approved", true)]
    [InlineData("Tram line approved | City News", "Tram line approved", true)]
    [InlineData("Tram line approved", "City News: Tram line approved", true)]
    [InlineData("Tram line approved", "Tram line approved by council", false)]
    [InlineData("Tram line approved", "Toll prices frozen", false)]
    public void Matches_ToleratesOnlyCaseSpacingAndSeparatedSiteNames(string expected, string actual, bool matches)
    {
        Assert.Equal(matches, TitleMatch.Matches(expected, actual));
    }

    [Fact]
    public void EvaluateCleaner_ScoresEveryPageInTheDataset()
    {
        var pages = CleaningDataset.Load(DatasetFolder);
        var evaluation = CleaningEvaluator.EvaluateCleaner("ours", new ArticleCleaner(Options.Create(new CleaningOptions())), pages, CancellationToken.None);
        Assert.Equal(["page-a", "page-b"], evaluation.Pages.Select(p => p.Page));
        Assert.Equal(1.0, evaluation.MeanF1, 3);
        Assert.Equal(1.0, evaluation.TitleAccuracy);
        Assert.NotNull(evaluation.PagesPerSecond);
    }

    [Fact]
    public void EvaluateOutput_CountsMissingPagesAsEmpty()
    {
        var pages = CleaningDataset.Load(DatasetFolder);
        var outputs = new Dictionary<string, ExtractorPageOutput>
        {
            ["page-a"] = new("Tram line approved", null, null, null, null, null, pages[0].ExpectedText) { ElapsedMs = 10 },
        };
        var evaluation = CleaningEvaluator.EvaluateOutput("rival", outputs, pages);
        Assert.Equal(0.5, evaluation.MeanF1, 3);
        Assert.Equal(0.5, evaluation.TitleAccuracy);
        Assert.Null(evaluation.PagesPerSecond);
    }

    [Fact]
    public async Task ReadAsync_ReadsTheCleanFolderShape()
    {
        var path = Path.Combine(Path.GetTempPath(), $"extractor-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{"page-a": {"title": "T", "byline": null, "published": null, "site": null, "language": "en", "url": null, "text": "Body text", "elapsedMs": 12.5}}""");
        try
        {
            var outputs = await ExtractorOutputFile.ReadAsync(path, CancellationToken.None);
            Assert.Equal("Body text", outputs["page-a"].Text);
            Assert.Equal(12.5, outputs["page-a"].ElapsedMs);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Load_ReadsTheArticleExtractionBenchmarkLayout_AndScoresItWithoutTitles()
    {
        var readability = CleaningDataset.Load(DatasetFolder);
        var folder = Directory.CreateTempSubdirectory("aeb-");
        try
        {
            // ground-truth.json keyed by id, html/<id>.html.gz beside it; an id without a page is skipped.
            Directory.CreateDirectory(Path.Combine(folder.FullName, "html"));
            var truth = new Dictionary<string, object>();
            foreach (var page in readability)
            {
                await using (var file = File.Create(Path.Combine(folder.FullName, "html", page.Name + ".html.gz")))
                await using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
                {
                    await gzip.WriteAsync(await File.ReadAllBytesAsync(page.SourcePath));
                }

                truth[page.Name] = new { articleBody = page.ExpectedText, url = "https://example.com/" + page.Name };
            }

            truth["no-page"] = new { articleBody = "Nothing to read." };
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "ground-truth.json"), System.Text.Json.JsonSerializer.Serialize(truth));

            var pages = CleaningDataset.Load(folder.FullName);
            var evaluation = CleaningEvaluator.EvaluateCleaner("ours", new ArticleCleaner(Options.Create(new CleaningOptions())), pages, CancellationToken.None);

            Assert.Equal(readability.Select(p => p.Name), pages.Select(p => p.Name));
            Assert.All(pages, p => Assert.EndsWith(".html.gz", p.SourcePath, StringComparison.Ordinal));
            Assert.Equal(1.0, evaluation.MeanF1, 3);
            Assert.Equal(0, evaluation.TitledPages);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ReadAsync_TakesArticleBodyWhenThereIsNoText()
    {
        var path = Path.Combine(Path.GetTempPath(), $"extractor-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{"a": {"articleBody": "Body from a benchmark output"}, "b": {"text": "Ours", "articleBody": "Theirs"}}""");
        try
        {
            var outputs = await ExtractorOutputFile.ReadAsync(path, CancellationToken.None);
            Assert.Equal("Body from a benchmark output", outputs["a"].Text);
            Assert.Equal("Ours", outputs["b"].Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ShingleMatch_CountsFourWordShingles_AndScalesThemPerPage()
    {
        var match = ShingleMatch.Compute("one two three four five", "one two three four five six");

        // Expected: 2 shingles; actual: 3, of which 2 match. Scaled by the 3 counted in all.
        Assert.Equal(2.0 / 3, match.TruePositives, 6);
        Assert.Equal(1.0 / 3, match.FalsePositives, 6);
        Assert.Equal(0, match.FalseNegatives, 6);
        Assert.Equal(2.0 / 3, match.Precision, 6);
        Assert.Equal(1.0, match.Recall, 6);
    }

    [Fact]
    public void ShingleMatch_KeepsCase_AndTreatsShortTextsAsOneShingle()
    {
        Assert.Equal(0, ShingleMatch.Compute("The bridge reopened today", "the bridge reopened today").Precision, 6);
        Assert.Equal(1, ShingleMatch.Compute("Bridge reopened.", "Bridge, reopened!").Precision, 6);
        Assert.False(ShingleMatch.Compute("Some text here", "").HasPrediction);
    }

    [Fact]
    public void ShingleMatch_Summarize_AveragesPrecisionOverPredictedPages_AndTakesTheF1OfTheMeans()
    {
        var perfect = ShingleMatch.Compute("a b c d e", "a b c d e");
        var half = ShingleMatch.Compute("a b c d e", "a b c d e f g"); // P = 2/4, R = 1
        var empty = ShingleMatch.Compute("a b c d e", string.Empty); // no prediction: recall 0, left out of precision

        var (precision, recall, f1) = ShingleMatch.Summarize([perfect, half, empty]);

        Assert.Equal((1 + 0.5) / 2, precision, 6);
        Assert.Equal((1 + 1 + 0) / 3.0, recall, 6);
        Assert.Equal(2 * 0.75 * (2.0 / 3) / (0.75 + (2.0 / 3)), f1, 6);
    }
}
