using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Derives the headline from the page's <c>&lt;title&gt;</c>, which usually carries the site name after a separator
/// ("Headline | Site") and sometimes a section before a colon.
/// </summary>
internal static partial class DocumentTitle
{
    private const int MaxLength = 1000;

    public static string? From(IDocument document)
    {
        var original = TextNormalizer.CollapseWhitespace(document.QuerySelector("title")?.TextContent ?? string.Empty);
        original = original.Length > MaxLength ? original[..MaxLength] : original;
        if (original.Length == 0)
        {
            return SingleH1(document);
        }

        var title = original;
        var hadHierarchicalSeparator = false;
        if (Separator().IsMatch(title))
        {
            hadHierarchicalSeparator = HierarchicalSeparator().IsMatch(title);
            title = BeforeLastSeparator(original);
            if (TextNormalizer.CountWords(title) < 3)
            {
                title = AfterFirstSeparator(original);
            }
        }
        else if (title.Contains(": ", StringComparison.Ordinal))
        {
            title = TitleAroundColon(document, original);
        }
        else if (title.Length is > 150 or < 15)
        {
            title = SingleH1(document) ?? title;
        }

        title = TextNormalizer.CollapseWhitespace(title);
        var words = TextNormalizer.CountWords(title);
        if (words <= 4 && (!hadHierarchicalSeparator || words != TextNormalizer.CountWords(SeparatorRun().Replace(original, string.Empty)) - 1))
        {
            title = original;
        }

        return title;
    }

    private static string BeforeLastSeparator(string title)
    {
        var matches = Separator().Matches(title);
        return matches.Count == 0 ? title : title[..matches[^1].Index];
    }

    private static string AfterFirstSeparator(string title)
    {
        var match = Separator().Match(title);
        return match.Success ? title[(match.Index + match.Length)..] : title;
    }

    // "Section: Headline" loses the section, unless a heading on the page repeats the whole title.
    private static string TitleAroundColon(IDocument document, string original)
    {
        foreach (var heading in document.QuerySelectorAll("h1, h2"))
        {
            if (TextNormalizer.CollapseWhitespace(heading.TextContent) == original)
            {
                return original;
            }
        }

        var title = original[(original.LastIndexOf(':') + 1)..];
        if (TextNormalizer.CountWords(title) < 3)
        {
            return original[(original.IndexOf(':', StringComparison.Ordinal) + 1)..];
        }

        return TextNormalizer.CountWords(original.AsSpan(0, original.IndexOf(':', StringComparison.Ordinal))) > 5 ? original : title;
    }

    private static string? SingleH1(IDocument document)
    {
        var headings = document.QuerySelectorAll("h1");
        return headings.Length == 1 ? TextNormalizer.CollapseWhitespace(headings[0].TextContent) : null;
    }

    [GeneratedRegex(@" [\|\-–—\\/>»] ", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex Separator();

    [GeneratedRegex(@" [\\/>»] ", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex HierarchicalSeparator();

    [GeneratedRegex(@"[\|\-–—\\/>»]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex SeparatorRun();
}
