using System.IO.Compression;
using System.Text;
using AngleSharp.Html.Parser;

namespace Summarizer.Core.Cleaning;

/// <summary>Decodes an upload, detects its format and extracts the article text.</summary>
public sealed class ArticleCleaner : IArticleCleaner
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public CleaningResult Clean(ArticleSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bytes = source.Content.Span;
        if (bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
        {
            using var gzip = new GZipStream(new MemoryStream(source.Content.ToArray()), CompressionMode.Decompress);
            using var output = new MemoryStream();
            gzip.CopyTo(output);
            return Clean(source with { Content = output.ToArray() }, cancellationToken);
        }

        if (bytes.IsEmpty || bytes.IndexOfAnyExcept(" \n\r\t"u8) < 0)
        {
            return CleaningResult.Rejected("The article is empty.");
        }

        if (bytes.Contains((byte)0))
        {
            return CleaningResult.Rejected("The upload is binary data, not text.");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes);
        }
        catch (DecoderFallbackException)
        {
            return CleaningResult.Rejected("The upload is not valid UTF-8 text.");
        }

        var isHtml = source.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true
            || text.AsSpan().TrimStart().StartsWith("<", StringComparison.Ordinal);
        return isHtml ? CleanHtml(text, source.Name) : CleanText(text, source.Name);
    }

    private static CleaningResult CleanHtml(string html, string name)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("script, style, noscript, nav, header, footer, aside, form"))
        {
            element.Remove();
        }

        var blocks = document.QuerySelectorAll("p, h1, h2, h3, h4, li")
            .Select(e => new ArticleBlock(e.LocalName.StartsWith('h') ? BlockKind.Heading : e.LocalName == "li" ? BlockKind.ListItem : BlockKind.Paragraph, Normalize(e.TextContent)))
            .Where(b => b.Text.Length > 0)
            .ToList();
        var title = Normalize(document.Title ?? string.Empty);
        return Accept(title, blocks, "html", name);
    }

    private static CleaningResult CleanText(string text, string name)
    {
        var blocks = text.Replace("\r\n", "\n").Split('\n')
            .Select(Normalize)
            .Where(line => line.Length > 0)
            .Select(line => new ArticleBlock(BlockKind.Paragraph, line))
            .ToList();
        var title = blocks.Count > 0 ? blocks[0].Text : string.Empty;
        return Accept(title, blocks.Skip(1).ToList(), "text", name);
    }

    private static CleaningResult Accept(string title, List<ArticleBlock> blocks, string format, string name)
    {
        if (blocks.Count == 0)
        {
            return CleaningResult.Rejected("No article text was found.");
        }

        return CleaningResult.Accepted(new CleanedArticle(title.Length > 0 ? title : Path.GetFileNameWithoutExtension(name), null, null, null, null, null, format, blocks));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
