namespace Summarizer.Core.Cleaning;

/// <summary>The raw bytes of an uploaded article with what is known of them before cleaning.</summary>
/// <param name="Name">The blob or file name, used to guess the format from its extension.</param>
/// <param name="ContentType">The declared content type, if any (<c>text/html; charset=…</c>).</param>
/// <param name="Content">The uploaded bytes, possibly gzip-compressed.</param>
public sealed record ArticleSource(string Name, string? ContentType, ReadOnlyMemory<byte> Content)
{
    /// <summary>The URL the article was fetched from, after redirects; it becomes the cleaned article's URL.</summary>
    public string? Url { get; init; }
}
