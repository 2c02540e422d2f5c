using System.Diagnostics;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Evaluation;

/// <summary>Scores the article cleaner, or another extractor's saved output, against a dataset's expected text and titles.</summary>
public static class CleaningEvaluator
{
    /// <summary>
    /// Cleans every page, timing only the cleaning (the file is read beforehand), and scores it; each page's output
    /// is also put in <paramref name="outputs"/> when given, so a later run can score it again without cleaning.
    /// </summary>
    public static ExtractorEvaluation EvaluateCleaner(string name, IArticleCleaner cleaner, IReadOnlyList<DatasetPage> pages, CancellationToken cancellationToken, IDictionary<string, ExtractorPageOutput>? outputs = null)
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
            var output = Clean(cleaner, page, bytes, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            results.Add(Score(page, output, elapsed));
            outputs?.Add(page.Name, output with { ElapsedMs = elapsed });
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

    // A page the cleaner throws on scores as rejected with the exception, as the clean stage rejects it, so one page
    // cannot end a run over thousands.
    private static ExtractorPageOutput Clean(IArticleCleaner cleaner, DatasetPage page, byte[] bytes, CancellationToken cancellationToken) =>
        Clean(page, bytes, source => cleaner.Clean(source, cancellationToken));

    /// <summary>The page's output from <paramref name="clean"/>; a throw is a rejection with the exception.</summary>
    internal static ExtractorPageOutput Clean(DatasetPage page, byte[] bytes, Func<ArticleSource, CleaningResult> clean)
    {
        try
        {
            var result = clean(new ArticleSource(Path.GetFileName(page.SourcePath), null, bytes));
            return result.IsRejected ? ExtractorPageOutput.FromRejection(result.RejectionReason) : ExtractorPageOutput.FromArticle(result.Article);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return ExtractorPageOutput.FromRejection($"The cleaner threw {exception.GetType().Name}: {exception.Message}");
        }
    }

    internal static PageEvaluation Score(DatasetPage page, ExtractorPageOutput output, double? elapsedMs) =>
        new(page.Name, ExtractionScore.Compute(page.ExpectedText, output.Text), ShingleMatch.Compute(page.ExpectedText, output.Text), WordMatch.Compute(page.ExpectedText, output.Text), string.IsNullOrWhiteSpace(page.ExpectedTitle) ? null : TitleMatch.Matches(page.ExpectedTitle, output.Title), page.ExpectedTitle, output.Title, elapsedMs, output.Rejected);

    // The first pages would otherwise pay for JIT compilation, which a long-running host pays once.
    private static void WarmUp(IArticleCleaner cleaner, IReadOnlyList<DatasetPage> pages, CancellationToken cancellationToken)
    {
        foreach (var page in pages.Take(3))
        {
            Clean(cleaner, page, File.ReadAllBytes(page.SourcePath), cancellationToken);
        }
    }
}
