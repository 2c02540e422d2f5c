using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Summarizer.Core.Tests.Cleaning;

/// <summary>Makes the Word documents the tests read, with the Open XML SDK, a zip bomb shaped like one by hand, and other zip packages.</summary>
internal static class DocxFiles
{
    /// <summary>A document with a Heading1 and a ListParagraph style, core properties, and the given body elements.</summary>
    public static byte[] Build(string? title, string? author, DateTime? created, params OpenXmlElement[] body)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(body));
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new Style(new StyleName { Val = "heading 1" }, new StyleParagraphProperties(new OutlineLevel { Val = 0 })) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
                new Style(new StyleName { Val = "List Paragraph" }) { Type = StyleValues.Paragraph, StyleId = "ListParagraph" });
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = author;
            document.PackageProperties.Created = created;
        }

        return stream.ToArray();
    }

    public static Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null)
        {
            paragraph.ParagraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        }

        return paragraph;
    }

    public static Table Table(params string[][] rows) =>
        new(rows.Select(cells => new TableRow(cells.Select(c => new TableCell(Paragraph(c))))));

    /// <summary>
    /// A package with the parts that make it a Word document, whose document part inflates from a few hundred
    /// kilobytes to <paramref name="inflatedBytes"/> of whitespace inside the body.
    /// </summary>
    public static byte[] ZipBomb(long inflatedBytes)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            part.Write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"u8);
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (long written = 0; written < inflatedBytes; written += spaces.Length)
            {
                part.Write(spaces);
            }

            part.Write("</w:body></w:document>"u8);
        }

        return stream.ToArray();
    }

    /// <summary>A zip package holding <paramref name="entries"/>, each a name and its text.</summary>
    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                Add(zip, name, content);
            }
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }
}
