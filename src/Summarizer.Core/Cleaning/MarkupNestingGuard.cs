namespace Summarizer.Core.Cleaning;

/// <summary>
/// Spots markup with thousands of unclosed elements, which the HTML tree builder handles in time that grows with the
/// square of their number. Such pages are read as text instead, so a hostile upload cannot stall the clean stage.
/// </summary>
internal static class MarkupNestingGuard
{
    private const int MaxUnclosed = 1500;

    // Elements whose end tag is optional or absent; leaving them open is normal and cheap for the parser.
    private static readonly HashSet<string> SelfClosing = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot", "option", "optgroup", "colgroup", "rb", "rt", "rp",
        "html", "head", "body", "!doctype",
    };

    public static bool IsPathological(string html)
    {
        var open = 0;
        var maxOpen = 0;
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                i = end;
                continue;
            }

            var closing = html[i + 1] == '/';
            var name = TagName(html, closing ? i + 2 : i + 1);
            if (name.Length == 0 || SelfClosing.Contains(name) || IsSelfClosingSyntax(html, i))
            {
                continue;
            }

            open += closing ? -1 : 1;
            open = Math.Max(open, 0);
            maxOpen = Math.Max(maxOpen, open);
            if (maxOpen > MaxUnclosed)
            {
                return true;
            }
        }

        return false;
    }

    private static string TagName(string html, int start)
    {
        var end = start;
        while (end < html.Length && end - start < 16 && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '!'))
        {
            end++;
        }

        return end > start && char.IsAsciiLetter(html[start]) ? html[start..end] : string.Empty;
    }

    private static bool IsSelfClosingSyntax(string html, int start)
    {
        var end = html.IndexOf('>', start);
        return end > 0 && end - start < 4096 && html[end - 1] == '/';
    }
}
