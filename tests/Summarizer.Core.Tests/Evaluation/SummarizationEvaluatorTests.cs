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
        Assert.InRange(report.Lead3.Rouge1.F1, 0.2, 0.9);
        Assert.InRange(report.System.Rouge1.F1, 0.2, 0.9);
        Assert.True(report.ArticlesPerSecond > 0);
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

            Assert.Equal(1.0, report.Lead3.Rouge1.F1, 6);
            Assert.Equal(1.0, report.Lead3.RougeL.F1, 6);
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
