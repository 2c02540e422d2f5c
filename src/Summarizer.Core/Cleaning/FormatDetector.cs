using System.Text.RegularExpressions;

namespace Summarizer.Core.Cleaning;

/// <summary>Decides the format of an upload by its extension, then its content type, then its content.</summary>
internal static partial class FormatDetector
{
    public static ArticleFormat Detect(string name, string? contentType, string text)
    {
        return FromExtension(name) ?? FromContentType(contentType) ?? Sniff(text);
    }

    /// <summary>The format in the format field of a cleaned article.</summary>
    public static string Label(ArticleFormat format) => format switch
    {
        ArticleFormat.Html => "html",
        ArticleFormat.Markdown => "markdown",
        ArticleFormat.Pdf => "pdf",
        ArticleFormat.Docx => "docx",
        _ => "text",
    };

    private static ArticleFormat? FromExtension(string name)
    {
        var file = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        return Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".html" or ".htm" or ".xhtml" or ".shtml" => ArticleFormat.Html,
            ".md" or ".markdown" or ".mdown" => ArticleFormat.Markdown,
            ".txt" or ".text" => ArticleFormat.Text,
            _ => null,
        };
    }

    private static ArticleFormat? FromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        if (contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return ArticleFormat.Html;
        }

        if (contentType.Contains("markdown", StringComparison.OrdinalIgnoreCase))
        {
            return ArticleFormat.Markdown;
        }

        return contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) ? ArticleFormat.Text : null;
    }

    private static ArticleFormat Sniff(string text)
    {
        var sample = text.Length > 8192 ? text[..8192] : text;
        var start = sample.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (HtmlStart().IsMatch(start) || HtmlTag().Count(sample) >= 3)
        {
            return ArticleFormat.Html;
        }

        return MarkdownSyntax().Count(sample) >= 2 ? ArticleFormat.Markdown : ArticleFormat.Text;
    }

    [GeneratedRegex(@"^<(!doctype\s+html|html|head|body|meta|title|!--)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"</?(p|div|br|a\s+href|span|h[1-6]|article|section|ul|li|table)\b[^<>]{0,200}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(^#{1,6}\s+\S|^```|^\s{0,3}[-*+]\s+\S.*$\n^\s{0,3}[-*+]\s+\S|\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)|\*\*[^*\n]{1,200}\*\*|^>\s+\S)", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MarkdownSyntax();
}
