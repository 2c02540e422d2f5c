using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Reads a Word (.docx) document with the Open XML SDK: paragraphs, headings, list items, quotes and table rows become
/// blocks in document order, and the title, author and dates come from the core properties. The package is checked
/// for zip bombs before it is opened, and parts are read with a character cap.
/// </summary>
internal static class DocxArticleExtractor
{
    private const int TimeCheckInterval = 64;

    public static DocumentExtraction Extract(ReadOnlyMemory<byte> content, CleaningOptions options, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        try
        {
            if (DocxPackageGuard.Check(stream, options.MaxInputBytes) is { } refused)
            {
                return DocumentExtraction.Refused(refused);
            }

            stream.Position = 0;
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = options.MaxInputBytes });
            return Read(document, options, cancellationToken);
        }
        catch (TimeoutException ex)
        {
            return DocumentExtraction.Refused(ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A damaged package or part fails in the zip, packaging or XML layer; each is a property of the upload.
            return DocumentExtraction.Refused($"The Word document is damaged and could not be read ({ex.GetType().Name}: {ex.Message}).");
        }
    }

    private static DocumentExtraction Read(WordprocessingDocument document, CleaningOptions options, CancellationToken cancellationToken)
    {
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return DocumentExtraction.Refused("The Word document has no body.");
        }

        var styles = DocxStyles.Read(document.MainDocumentPart!);
        var started = Stopwatch.GetTimestamp();
        var blocks = new List<ArticleBlock>();
        string? styledTitle = null;
        long characters = 0;
        foreach (var element in BlockElements(body))
        {
            if (blocks.Count % TimeCheckInterval == 0)
            {
                CheckTime(options, started, cancellationToken);
            }

            foreach (var (kind, text, isTitle) in Read(element, styles))
            {
                characters += text.Length;
                if (characters > options.MaxCharacters)
                {
                    return DocumentExtraction.Refused($"The Word document has more than {options.MaxCharacters:N0} characters of text, over the limit (Cleaning:MaxCharacters).");
                }

                styledTitle ??= isTitle ? text : null;
                blocks.Add(new ArticleBlock(kind, text));
            }
        }

        var properties = document.PackageProperties;
        return DocumentExtraction.Read(new ExtractedArticle(blocks)
        {
            Title = NonEmpty(properties.Title) ?? styledTitle ?? blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Text,
            Byline = NonEmpty(properties.Creator),
            Published = ToOffset(properties.Created ?? properties.Modified),
        });
    }

    /// <summary>Paragraphs and tables in document order, looking inside content controls and custom XML.</summary>
    private static IEnumerable<OpenXmlElement> BlockElements(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is Paragraph or Table)
            {
                yield return child;
            }
            else if (child is SdtBlock or CustomXmlBlock or SdtContentBlock)
            {
                foreach (var inner in BlockElements(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<(BlockKind Kind, string Text, bool IsTitle)> Read(OpenXmlElement element, DocxStyles styles)
    {
        if (element is Table table)
        {
            foreach (var row in table.Elements<TableRow>())
            {
                var cells = row.Elements<TableCell>().Select(c => string.Join(" ", c.Elements<Paragraph>().Select(Text).Where(t => t.Length > 0)));
                var text = string.Join(" | ", cells.Where(c => c.Length > 0));
                if (text.Length > 0)
                {
                    yield return (BlockKind.Paragraph, text, false);
                }
            }

            yield break;
        }

        var paragraph = (Paragraph)element;
        var content = Text(paragraph);
        if (content.Length == 0)
        {
            yield break;
        }

        var style = styles.Find(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        var outline = paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value ?? style.OutlineLevel;
        var kind = style.Kind switch
        {
            _ when style.IsTitle || outline is >= 0 and < 9 => BlockKind.Heading,
            BlockKind.Paragraph when paragraph.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is > 0 => BlockKind.ListItem,
            var k => k,
        };
        yield return (kind, content, style.IsTitle);
    }

    /// <summary>The paragraph's visible text: runs, tabs and breaks, without deleted text or field codes.</summary>
    private static string Text(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return TextNormalizer.CollapseWhitespace(text.ToString());
    }

    private static void CheckTime(CleaningOptions options, long started, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetElapsedTime(started).TotalSeconds > options.MaxDocumentSeconds)
        {
            throw new TimeoutException($"Reading the document took longer than the limit of {options.MaxDocumentSeconds} s (Cleaning:MaxDocumentSeconds).");
        }
    }

    private static DateTimeOffset? ToOffset(DateTime? value) =>
        value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, v.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : v.Kind)).ToUniversalTime() : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : TextNormalizer.CollapseWhitespace(value);
}
