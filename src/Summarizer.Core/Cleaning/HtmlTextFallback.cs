using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Core.Cleaning;

/// <summary>Strips tags from markup in one linear pass, keeping line breaks at block boundaries, for pages too hostile to parse.</summary>
internal static partial class HtmlTextFallback
{
    public static string ToText(string html)
    {
        var builder = new StringBuilder(html.Length / 2);
        var position = 0;
        while (position < html.Length)
        {
            var open = html.IndexOf('<', position);
            if (open < 0)
            {
                builder.Append(html, position, html.Length - position);
                break;
            }

            builder.Append(html, position, open - position);
            var close = html.IndexOf('>', open + 1);
            if (close < 0)
            {
                break;
            }

            var tag = html.AsSpan(open + 1, Math.Min(close - open - 1, 12)).TrimStart('/');
            if (StartsWithAny(tag, "script", "style"))
            {
                var end = html.IndexOf(tag.StartsWith("script", StringComparison.OrdinalIgnoreCase) ? "</script" : "</style", close, StringComparison.OrdinalIgnoreCase);
                position = end < 0 ? html.Length : end + 8;
                continue;
            }

            if (StartsWithAny(tag, "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "blockquote"))
            {
                builder.Append('\n');
            }

            position = close + 1;
        }

        return WebUtility.HtmlDecode(builder.ToString());
    }

    public static string? Title(string html)
    {
        var prefix = html.Length > 65536 ? html[..65536] : html;
        var match = TitleElement().Match(prefix);
        return match.Success ? TextNormalizer.CollapseWhitespace(WebUtility.HtmlDecode(match.Groups["title"].Value)) : null;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> tag, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (tag.StartsWith(name, StringComparison.OrdinalIgnoreCase) && (tag.Length == name.Length || !char.IsAsciiLetterOrDigit(tag[name.Length])))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"<title[^>]{0,200}>(?<title>[^<]{1,500})</title>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex TitleElement();
}
