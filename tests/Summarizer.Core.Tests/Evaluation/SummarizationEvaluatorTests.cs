using Summarizer.Core.Evaluation;
using Summarizer.Core.Summarization;
using Summarizer.Core.Tests.Summarization;

namespace Summarizer.Core.Tests.Evaluation;

public sealed class SummarizationEvaluatorTests
{
    [Fact]
    public async Task Evaluate_ScoresSummarizerAndLead3OnTheSameArticles()
    {
        using var harness = new KernelArticleSummarizerHarness();
        var evaluator = new SummarizationEvaluator(harness.Summarizer);

        var report = await evaluator.EvaluateAsync(SummarizationDataset.ReadAsync(TestArticles.DataPath("news-sample.jsonl")));

        Assert.Equal(8, report.Articles);
        Assert.Equal(0, report.Failed);
        Assert.Equal("Offline/" + OfflineSummarizer.ModelName, report.Summarizer);
        Assert.InRange(report.Lead.Summary.Rouge1.F1, 0.2, 0.9);
        Assert.InRange(report.System.Summary.Rouge1.F1, 0.2, 0.9);
        Assert.NotNull(report.System.KeyPoints);
        Assert.Equal(0.0, report.System.Restating);
        Assert.Null(report.Lead.KeyPoints);
        Assert.True(report.ArticlesPerSecond > 0);
        Assert.Equal(report.System.Summary.Rouge1.F1 - report.Lead.Summary.Rouge1.F1, report.OverLead.SummaryRouge1.Mean, 10);
        Assert.Equal(report.System.Summary.RougeL.F1 - report.Lead.Summary.RougeL.F1, report.OverLead.SummaryRougeL.Mean, 10);
        Assert.Equal(report.System.Tldr.Rouge1.F1 - report.Lead.Tldr.Rouge1.F1, report.OverLead.TldrRouge1.Mean, 10);
        Assert.True(report.OverLead.SummaryRouge2.Interval.Contains(report.OverLead.SummaryRouge2.Mean));
    }

    [Fact]
    public async Task Evaluate_Lead3MatchesAReferenceMadeOfTheFirstThreeSentences()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lead3-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(
            path,
            """{"id": "x", "article": "One fact here. Two facts here. Three facts here. Four facts here.", "reference": "One fact here.\nTwo facts here.\nThree facts here."}""");
        try
        {
            using var harness = new KernelArticleSummarizerHarness();
            var report = await new SummarizationEvaluator(harness.Summarizer)
                .EvaluateAsync(SummarizationDataset.ReadAsync(path));

            Assert.Equal(1.0, report.Lead.Summary.Rouge1.F1, 6);
            Assert.Equal(1.0, report.Lead.Summary.RougeL.F1, 6);
            Assert.Equal(1.0, report.Lead.Tldr.Rouge1.Precision, 6);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Evaluate_WritesOnePredictionLinePerArticle()
    {
        using var harness = new KernelArticleSummarizerHarness();
        using var written = new StringWriter();

        var report = await new SummarizationEvaluator(harness.Summarizer)
            .EvaluateAsync(SummarizationDataset.ReadAsync(TestArticles.DataPath("news-sample.jsonl")), predictions: written);

        var lines = written.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(report.Articles, lines.Length);
        using var first = System.Text.Json.JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.False(string.IsNullOrEmpty(root.GetProperty("id").GetString()));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("tldr").GetString()));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("summary").GetString()));
        Assert.All(root.GetProperty("keyPoints").EnumerateArray(), k => Assert.Equal(System.Text.Json.JsonValueKind.String, k.ValueKind));
    }

    [Fact]
    public async Task Evaluate_ScoresComparedPredictionsWithRedundancyAndCoverage()
    {
        // Six sentences; the rival's summary is sentence 1, its key points sentence 1 again (a restatement, first
        // third) and sentence 6 (last third). Its TL;DR is the reference itself.
        var path = Path.Combine(Path.GetTempPath(), $"compare-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(
            path,
            """{"id": "x", "article": "Alpha beta gamma delta. Epsilon zeta eta theta. Iota kappa lambda mu. Nu xi omicron pi. Rho sigma tau upsilon. Phi chi psi omega.", "reference": "Alpha beta gamma delta."}""");
        var rival = new SummaryPrediction("x", "Alpha beta gamma delta.", "Alpha beta gamma delta.", ["Alpha beta gamma delta.", "Phi chi psi omega."]);
        try
        {
            using var harness = new KernelArticleSummarizerHarness();
            var report = await new SummarizationEvaluator(harness.Summarizer).EvaluateAsync(
                SummarizationDataset.ReadAsync(path),
                [new ComparedSystem("rival", new Dictionary<string, SummaryPrediction> { ["x"] = rival }), new ComparedSystem("empty", new Dictionary<string, SummaryPrediction>())]);

            var scores = report.Compared[0];
            Assert.Equal("rival", scores.Name);
            Assert.Equal(1.0, scores.Tldr.Rouge1.F1, 6);
            Assert.Equal(0.5, scores.Restating!.Value, 6);
            Assert.Equal(2.0 / 3, scores.Coverage!.Value, 6);
            Assert.Equal(0.0, scores.KeyPointOverlap!.Value, 6);
            Assert.Equal(1, report.Compared[1].Missing);
            Assert.Equal(0.0, report.Compared[1].Summary.Rouge1.F1);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReadPredictions_NamesTheMalformedLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"predictions-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, "{\"id\": \"a\", \"tldr\": \"T.\", \"summary\": \"S.\", \"keyPoints\": [\"K.\"]}\n{\"id\": \"b\", \"keyPoints\": [{\"text\": \"K.\"}]}\n");
        try
        {
            var error = await Assert.ThrowsAsync<InvalidDataException>(() => SummaryPredictionFile.ReadAsync(path));

            Assert.Contains(":2:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReadDataset_NamesTheMalformedLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, "{\"id\": \"a\", \"article\": \"Text.\", \"reference\": \"Text.\"}\n{\"id\": \"b\"}\n");
        try
        {
            var error = await Assert.ThrowsAsync<InvalidDataException>(async () =>
            {
                await foreach (var example in SummarizationDataset.ReadAsync(path))
                {
                    Assert.Equal("a", example.Id);
                }
            });

            Assert.Contains(":2:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReadDataset_TakesHighlightsWhenThereIsNoReference()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cnndm-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(path, "{\"id\": \"x\", \"article\": \"The bridge reopened.\", \"highlights\": \"Bridge reopens .\\nTolls stay the same .\"}\n");
        try
        {
            var examples = await SummarizationDataset.ReadAsync(path).ToListAsync();

            var example = Assert.Single(examples);
            Assert.Equal(["Bridge reopens .", "Tolls stay the same ."], example.ReferenceSentences);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
