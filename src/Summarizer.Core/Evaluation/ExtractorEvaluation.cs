namespace Summarizer.Core.Evaluation;

/// <summary>One extractor's scores over a dataset, per page and overall, with its throughput when timed.</summary>
public sealed record ExtractorEvaluation(string Name, IReadOnlyList<PageEvaluation> Pages, long TotalBytes)
{
    public double MeanPrecision => Pages.Count == 0 ? 0 : Pages.Average(p => p.Score.Precision);

    public double MeanRecall => Pages.Count == 0 ? 0 : Pages.Average(p => p.Score.Recall);

    public double MeanF1 => Pages.Count == 0 ? 0 : Pages.Average(p => p.Score.F1);

    /// <summary>The Article Extraction Benchmark's precision, recall and F1 over 4-word shingles (see <see cref="ShingleMatch"/>).</summary>
    public (double Precision, double Recall, double F1) ShingleScore => ShingleMatch.Summarize(Pages.Select(p => p.Shingles));

    /// <summary>The share of correct titles among the pages that have an expected title.</summary>
    public double TitleAccuracy => TitledPages == 0 ? 0 : (double)Pages.Count(p => p.TitleCorrect == true) / TitledPages;

    public int TitledPages => Pages.Count(p => p.TitleCorrect.HasValue);

    /// <summary>Total extraction time in seconds; null when some page was not timed.</summary>
    public double? TotalSeconds => Pages.Count > 0 && Pages.All(p => p.ElapsedMs.HasValue) ? Pages.Sum(p => p.ElapsedMs!.Value) / 1000 : null;

    public double? PagesPerSecond => TotalSeconds is > 0 and var seconds ? Pages.Count / seconds : null;

    public double? MegabytesPerSecond => TotalSeconds is > 0 and var seconds ? TotalBytes / 1e6 / seconds : null;
}
