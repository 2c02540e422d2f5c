using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// What a Word document's paragraph styles mean for its blocks: headings (by outline level or a "heading" name),
/// the title, lists, quotes and preformatted text, following each style's based-on chain.
/// </summary>
internal sealed class DocxStyles
{
    private const int MaxChain = 16;
    private readonly Dictionary<string, Style> styles;
    private readonly Dictionary<string, DocxStyle> resolved = new(StringComparer.Ordinal);

    private DocxStyles(Dictionary<string, Style> styles) => this.styles = styles;

    public static DocxStyles Read(MainDocumentPart part)
    {
        var all = part.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [];
        var byId = new Dictionary<string, Style>(StringComparer.Ordinal);
        foreach (var style in all)
        {
            if (style.StyleId?.Value is { } id && style.Type?.Value == StyleValues.Paragraph)
            {
                byId.TryAdd(id, style);
            }
        }

        return new DocxStyles(byId);
    }

    /// <summary>The meaning of the paragraph style with this id; a plain paragraph when it is unknown.</summary>
    public DocxStyle Find(string? id)
    {
        if (id is null)
        {
            return DocxStyle.Plain;
        }

        if (!resolved.TryGetValue(id, out var style))
        {
            style = Resolve(id);
            resolved[id] = style;
        }

        return style;
    }

    private DocxStyle Resolve(string id)
    {
        var current = id;
        for (var depth = 0; depth < MaxChain && current is not null && styles.TryGetValue(current, out var style); depth++)
        {
            var name = (style.StyleName?.Val?.Value ?? current).ToLowerInvariant();
            var outline = style.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
            if (name == "title")
            {
                return new DocxStyle(BlockKind.Heading, 0, IsTitle: true);
            }

            if (outline is >= 0 and < 9 || name.StartsWith("heading", StringComparison.Ordinal))
            {
                return new DocxStyle(BlockKind.Heading, outline ?? 1, IsTitle: false);
            }

            if (name.Contains("list", StringComparison.Ordinal) || style.StyleParagraphProperties?.NumberingProperties is not null)
            {
                return new DocxStyle(BlockKind.ListItem, null, IsTitle: false);
            }

            if (name.Contains("quot", StringComparison.Ordinal))
            {
                return new DocxStyle(BlockKind.Quote, null, IsTitle: false);
            }

            if (name.Contains("preformatted", StringComparison.Ordinal) || name.Contains("code", StringComparison.Ordinal))
            {
                return new DocxStyle(BlockKind.Preformatted, null, IsTitle: false);
            }

            current = style.BasedOn?.Val?.Value;
        }

        return DocxStyle.Plain;
    }
}
