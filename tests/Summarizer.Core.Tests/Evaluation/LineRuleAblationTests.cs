using Microsoft.Extensions.Options;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Evaluation;

namespace Summarizer.Core.Tests.Evaluation;

/// <summary>Line rules switched off one at a time, through the whole cleaner, on small datasets built here.</summary>
public sealed class LineRuleAblationTests : IDisposable
{
    private const string Story = "The council approved the new tram line on Tuesday after a long debate about its cost. "
        + "Work on the tracks starts in spring, and the first trams are due to run through the old town within three years.";

    private const string SharePrompt = "Share this article";

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ablation-");
    private readonly ArticleCleaner cleaner = new(Options.Create(new CleaningOptions()), blockClassifier: null);

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Without_KeepsTheLinesTheRuleDrops()
    {
        var source = new ArticleSource("page.html", "text/html", System.Text.Encoding.UTF8.GetBytes(Html(withPrompt: true)));

        var full = cleaner.Clean(source);
        var without = LineRuleAblation.Without(cleaner, ["prompts"]).Clean(source);

        Assert.DoesNotContain(SharePrompt, full.Article!.Text, StringComparison.Ordinal);
        Assert.Contains(SharePrompt, without.Article!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(SharePrompt, LineRuleAblation.Without(cleaner, ["separators"]).Clean(source).Article!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_RejectsARuleItDoesNotKnow_NamingTheRules()
    {
        var error = Assert.Throws<ArgumentException>(() => LineRuleAblation.Without(cleaner, ["share-buttons"]));

        Assert.Contains("'share-buttons'", error.Message, StringComparison.Ordinal);
        Assert.Contains("prompts", error.Message, StringComparison.Ordinal);
        Assert.Contains("teaser-runs", LineRuleAblation.RuleNames);
        Assert.Contains("Share, print", LineRuleAblation.Describe("prompts"), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CleansAgainOnlyThePagesTheRuleMatched()
    {
        WriteDataset(("a-1", "alpha", true), ("a-2", "alpha", true), ("b-1", "beta", false));
        var pages = CleaningDataset.Load(folder.FullName);

        var result = LineRuleAblation.Evaluate("ours", cleaner, pages, ["prompts", "separators"], CancellationToken.None);

        var prompts = result.Variants.Single(v => v.Rule == "prompts");
        var separators = result.Variants.Single(v => v.Rule == "separators");
        Assert.Equal((2, 2), (prompts.MatchedPages, prompts.ChangedPages));
        Assert.Equal((0, 0), (separators.MatchedPages, separators.ChangedPages));
        Assert.All(result.Baseline.Pages, p => Assert.Equal(1, p.Words.F1, 6));
        Assert.All(prompts.Evaluation.Pages.Where(p => p.Page.StartsWith("a-", StringComparison.Ordinal)), p => Assert.True(p.Words.F1 < 1, $"{p.Page}: {p.Words.F1}"));
        Assert.Same(result.Baseline.Pages[2], prompts.Evaluation.Pages[2]);
        Assert.Equal(result.Baseline.Pages, separators.Evaluation.Pages);
    }

    [Fact]
    public void Report_SaysARuleThatOnlyRemovesNoiseEarnsItsPlace_AndOneThatMatchesNothingHasNoEffect()
    {
        WriteDataset(("a-1", "alpha", true), ("a-2", "alpha", true), ("b-1", "beta", true), ("b-2", "beta", false));
        var pages = CleaningDataset.Load(folder.FullName);
        var result = LineRuleAblation.Evaluate("ours", cleaner, pages, ["prompts", "separators"], CancellationToken.None);
        using var writer = new StringWriter();

        LineRuleAblationReportWriter.Write(writer, result, pages, "source");

        var lines = writer.ToString().Split('\n');
        var prompts = Assert.Single(lines, l => l.StartsWith("prompts ", StringComparison.Ordinal));
        Assert.Contains("matched=3", prompts, StringComparison.Ordinal);
        Assert.Contains("macro over 2 source", prompts, StringComparison.Ordinal);
        Assert.EndsWith(LineRuleAblationReportWriter.Earns, prompts.TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith(LineRuleAblationReportWriter.NoEffect, Assert.Single(lines, l => l.StartsWith("separators ", StringComparison.Ordinal)).TrimEnd(), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("source=beta  pages=2", StringComparison.Ordinal));
    }

    [Fact]
    public void Verdict_TellsHarmFromMixedFromNoise()
    {
        IReadOnlyList<double> gains = [0.1, 0.1, 0.1];
        IReadOnlyList<double> losses = [-0.1, -0.1, -0.1];
        IReadOnlyList<double> level = [0, 0, 0];

        Assert.Equal(LineRuleAblationReportWriter.Harms, LineRuleAblationReportWriter.Verdict(Difference(-0.1, -0.12, -0.08), [("a", losses), ("b", level)]));
        Assert.Equal(LineRuleAblationReportWriter.Mixed, LineRuleAblationReportWriter.Verdict(Difference(0, -0.05, 0.05), [("a", gains), ("b", losses)]));
        Assert.Equal(LineRuleAblationReportWriter.NoEffect, LineRuleAblationReportWriter.Verdict(Difference(0, 0, 0), [("a", level), ("b", level)]));
        Assert.Equal(LineRuleAblationReportWriter.Earns, LineRuleAblationReportWriter.Verdict(Difference(0.05, 0.01, 0.09), [("a", gains), ("b", level)]));
    }

    [Fact]
    public void EvaluateFolds_FitsWithoutTheSourceTheRulesAreMeasuredOn()
    {
        WriteDataset(("a-1", "alpha", true), ("b-1", "beta", true), ("c-1", "gamma", false));
        var pages = CleaningDataset.Load(folder.FullName);
        var fitter = new RecordingFitter(cleaner);

        var result = LineRuleAblation.EvaluateFolds("ours", fitter, pages, "source", ["prompts"], null, CancellationToken.None);

        Assert.Equal(["b-1 c-1", "a-1 c-1", "a-1 b-1"], fitter.Fits.Select(f => string.Join(' ', f)));
        Assert.Equal(["a-1", "b-1", "c-1"], result.Baseline.Pages.Select(p => p.Page));
        Assert.Equal(["a-1", "b-1", "c-1"], result.Variants.Single().Evaluation.Pages.Select(p => p.Page));
        Assert.Equal(2, result.Variants.Single().MatchedPages);
    }

    private static ScoreDifference Difference(double mean, double lower, double upper) => new(mean, new ConfidenceInterval(lower, upper));

    private static string Html(bool withPrompt) =>
        $"<html><head><title>Tram line</title></head><body><article><p>{Story}</p>{(withPrompt ? $"<p>{SharePrompt}</p>" : string.Empty)}</article></body></html>";

    private void WriteDataset(params (string Id, string Source, bool WithPrompt)[] pages) =>
        BenchmarkDatasetFolder.Write(folder.FullName, pages.Select(page => (page.Id, Html(page.WithPrompt), Story, new Dictionary<string, object> { ["source"] = page.Source })));
}
