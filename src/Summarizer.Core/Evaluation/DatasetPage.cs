namespace Summarizer.Core.Evaluation;

/// <summary>
/// One page of a cleaning dataset: its source HTML, the text and title an ideal extractor returns, and the string
/// fields the dataset's manifest gives it (<c>source</c>, <c>page_type</c>...), by which figures are grouped.
/// </summary>
public sealed record DatasetPage(string Name, string SourcePath, long SourceBytes, string ExpectedText, string? ExpectedTitle, IReadOnlyDictionary<string, string>? Fields = null)
{
    /// <summary>The manifest's value of <paramref name="field"/> for this page, or null when it has none.</summary>
    public string? Field(string field) => Fields is not null && Fields.TryGetValue(field, out var value) ? value : null;
}
