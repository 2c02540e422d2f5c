using System.IO.Compression;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Recognises PDF and Word documents by their content: the <c>%PDF-</c> header, or a zip package holding
/// <c>[Content_Types].xml</c> and <c>word/document.xml</c>, whatever the name or content type claims.
/// </summary>
internal static class DocumentSignature
{
    private const int PdfHeaderWindow = 1024;

    /// <summary>The document format of the bytes, or null when they are not a PDF or Word package.</summary>
    public static ArticleFormat? Detect(ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span;
        var start = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        if (start is >= 0 and < PdfHeaderWindow && bytes[start..].StartsWith("%PDF-"u8))
        {
            return ArticleFormat.Pdf;
        }

        return bytes.StartsWith("PK\u0003\u0004"u8) && IsWordPackage(content) ? ArticleFormat.Docx : null;
    }

    private static bool IsWordPackage(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            // A zip that cannot be read is no Word package; it is rejected as an archive like any other zip.
            return false;
        }
    }
}
