using System.Diagnostics;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Evaluation;

/// <summary>Scores the article cleaner, or another extractor's saved output, against a dataset's expected text and titles.</summary>
public static class CleaningEvaluator
{
    /// <summary>Cleans every page, timing only the cleaning (the file is read beforehand), and scores it.</summary>
    public static ExtractorEvaluation EvaluateCleaner(string name, IArticleCleaner cleaner, IReadOnlyList<DatasetPage> pages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cleaner);
        ArgumentNullException.ThrowIfNull(pages);
        WarmUp(cleaner, pages, cancellationToken);
        var results = new List<PageEvaluation>(pages.Count);
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = File.ReadAllBytes(page.SourcePath);
            var started = Stopwatch.GetTimestamp();
            var result = cleaner.Clean(new ArticleSource(Path.GetFileName(page.SourcePath), null, bytes), cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var output = result.IsRejected ? ExtractorPageOutput.FromRejection(result.RejectionReason) : ExtractorPageOutput.FromArticle(result.Article);
            results.Add(Score(page, output, elapsed));
        }

        return new ExtractorEvaluation(name, results, pages.Sum(p => p.SourceBytes));
    }

    /// <summary>Scores saved output; a page missing from it counts as extracted empty.</summary>
    public static ExtractorEvaluation EvaluateOutput(string name, IReadOnlyDictionary<string, ExtractorPageOutput> outputs, IReadOnlyList<DatasetPage> pages)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(pages);
        var results = pages
            .Select(page => outputs.TryGetValue(page.Name, out var output)
                ? Score(page, output, output.ElapsedMs)
                : Score(page, ExtractorPageOutput.FromRejection("missing from the output"), null))
            .ToList();
        return new ExtractorEvaluation(name, results, pages.Sum(p => p.SourceBytes));
    }

    private static PageEvaluation Score(DatasetPage page, ExtractorPageOutput output, double? elapsedMs) =>
        new(page.Name, ExtractionScore.Compute(page.ExpectedText, output.Text), ShingleMatch.Compute(page.ExpectedText, output.Text), string.IsNullOrWhiteSpace(page.ExpectedTitle) ? null : TitleMatch.Matches(page.ExpectedTitle, output.Title), page.ExpectedTitle, output.Title, elapsedMs);

    // The first pages would otherwise pay for JIT compilation, which a long-running host pays once.
    private static void WarmUp(IArticleCleaner cleaner, IReadOnlyList<DatasetPage> pages, CancellationToken cancellationToken)
    {
        foreach (var page in pages.Take(3))
        {
            cleaner.Clean(new ArticleSource(Path.GetFileName(page.SourcePath), null, File.ReadAllBytes(page.SourcePath)), cancellationToken);
        }
    }
}
