namespace Summarizer.Core.Cleaning;

/// <summary>What an extractor found in one upload, before the cleaner fills in fallbacks and the language.</summary>
internal sealed record ExtractedArticle(IReadOnlyList<ArticleBlock> Blocks)
{
    public string? Title { get; init; }

    public string? Byline { get; init; }

    public DateTimeOffset? Published { get; init; }

    public string? Site { get; init; }

    /// <summary>The language the document declares (e.g. <c>&lt;html lang&gt;</c>), as an ISO 639-1 code.</summary>
    public string? DeclaredLanguage { get; init; }

    public string? Url { get; init; }

    public string? Description { get; init; }
}
