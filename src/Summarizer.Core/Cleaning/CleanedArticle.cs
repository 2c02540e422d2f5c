namespace Summarizer.Core.Cleaning;

/// <summary>An article reduced to its main text and metadata.</summary>
/// <param name="Title">The headline; never empty (falls back to the first line or the file name).</param>
/// <param name="Byline">Authors as printed, if found.</param>
/// <param name="Published">Publication time, if found.</param>
/// <param name="Site">The publishing site's name, if found.</param>
/// <param name="Language">The text's language as an ISO 639-1 code, if detected.</param>
/// <param name="Url">The canonical URL, if found.</param>
/// <param name="Format">The detected input format: <c>html</c>, <c>text</c> or <c>markdown</c>.</param>
/// <param name="Blocks">The body in reading order.</param>
/// <param name="Description">The dek or summary line the source gives under its headline, if any.</param>
public sealed record CleanedArticle(
    string Title,
    string? Byline,
    DateTimeOffset? Published,
    string? Site,
    string? Language,
    string? Url,
    string Format,
    IReadOnlyList<ArticleBlock> Blocks,
    string? Description = null)
{
    /// <summary>The body as plain text, blocks separated by blank lines.</summary>
    public string Text => string.Join("\n\n", Blocks.Select(b => b.Text));

    /// <summary>The number of words in the body.</summary>
    public int WordCount => Blocks.Sum(b => CountWords(b.Text));

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                count++;
            }

            inWord = !isSpace;
        }

        return count;
    }
}
