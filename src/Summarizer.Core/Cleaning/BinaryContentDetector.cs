using System.IO.Compression;
using System.Text;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Tells text from binary data before and after decoding, and names the file formats that are not read as articles
/// (images, other office documents, archives, media, programs, RTF), so that a rejection says what the upload was
/// and what to upload instead.
/// </summary>
internal static class BinaryContentDetector
{
    /// <summary>What a rejection of an unread format adds: the formats that are read.</summary>
    public const string ReadFormats = "Articles are read from HTML, plain text, Markdown, PDF and Word (.docx) files.";

    private const string SaveAsHint = "Save it as Word (.docx) or PDF and upload that.";

    private static readonly (byte[] Signature, string Name)[] Signatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("II*\0"u8.ToArray(), "a TIFF image"),
        ("MM\0*"u8.ToArray(), "a TIFF image"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "a program (ELF)"),
        ([0x28, 0xB5, 0x2F, 0xFD], "a Zstandard archive"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ("Rar!\u001a\u0007"u8.ToArray(), "a RAR archive"),
        ("OggS"u8.ToArray(), "an Ogg media file"),
        ("fLaC"u8.ToArray(), "a FLAC audio file"),
        ([0x1A, 0x45, 0xDF, 0xA3], "a Matroska or WebM video"),
    ];

    // OLE2 compound files (Office 97–2003) name their main stream in UTF-16 in the directory.
    private static readonly (byte[] Stream, string Name)[] LegacyOfficeStreams =
    [
        (Encoding.Unicode.GetBytes("WordDocument"), "a Word 97–2003 document (.doc)"),
        (Encoding.Unicode.GetBytes("Workbook"), "an Excel 97–2003 workbook (.xls)"),
        (Encoding.Unicode.GetBytes("PowerPoint Document"), "a PowerPoint 97–2003 presentation (.ppt)"),
    ];

    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// The reason to reject bytes that start like a known format other than the ones read (a PDF or Word package is
    /// recognised before this), or null when they do not.
    /// </summary>
    public static string? RejectionReason(ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span;
        if (bytes.StartsWith(CompoundFile))
        {
            string? name = null;
            foreach (var (stream, streamName) in LegacyOfficeStreams)
            {
                if (bytes.IndexOf(stream) >= 0)
                {
                    name = streamName;
                    break;
                }
            }

            return name is null
                ? $"The upload is a Microsoft Office 97–2003 file, which is not read. {SaveAsHint}"
                : $"The upload is {name}, which is not read. {SaveAsHint}";
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return ZipContent(content) is { } document
                ? $"The upload is {document}, which is not read. {SaveAsHint}"
                : $"The upload is a zip archive, not an article. {ReadFormats}";
        }

        if (TrimmedStart(bytes).StartsWith(@"{\rtf"u8))
        {
            return $"The upload is a Rich Text Format (.rtf) document, which is not read. {SaveAsHint}";
        }

        if (MediaName(bytes) is { } media)
        {
            return $"The upload is {media}, not an article. {ReadFormats}";
        }

        foreach (var (signature, name) in Signatures)
        {
            if (bytes.StartsWith(signature))
            {
                return $"The upload is {name}, not an article. {ReadFormats}";
            }
        }

        return null;
    }

    // Headers that start with letters a text could start with too, so more of the header is checked: the RIFF form
    // type, a box size under 16 MiB before "ftyp", the ID3 version and flags, and the bzip2 block size and magic.
    private static string? MediaName(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8))
        {
            var form = bytes.Slice(8, 4);
            return form.SequenceEqual("WEBP"u8) ? "a WebP image"
                : form.SequenceEqual("WAVE"u8) ? "a WAV audio file"
                : form.SequenceEqual("AVI "u8) ? "an AVI video"
                : null;
        }

        if (bytes.Length >= 12 && bytes[0] == 0 && bytes.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            return "an MP4, QuickTime or HEIF media file";
        }

        if (bytes.Length >= 10 && bytes.StartsWith("ID3"u8) && bytes[3] is >= 2 and <= 4 && bytes[4] == 0)
        {
            return "an MP3 audio file";
        }

        if (bytes.Length >= 10 && bytes.StartsWith("BZh"u8) && bytes[3] is >= (byte)'1' and <= (byte)'9' && bytes[4..10].SequenceEqual("1AY&SY"u8))
        {
            return "a bzip2 archive";
        }

        return null;
    }

    /// <summary>True when decoded text is mostly control characters, which no article contains.</summary>
    public static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 65536));
        var suspicious = 0;
        foreach (var c in sample)
        {
            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) || c == '\uFFFD')
            {
                suspicious++;
            }
        }

        return suspicious > 8 && suspicious * 100 > sample.Length;
    }

    private static ReadOnlySpan<byte> TrimmedStart(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var start = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        return start < 0 ? [] : bytes[start..];
    }

    // The office document or book a zip package holds, by its OpenDocument or EPUB mimetype entry or its Office Open
    // XML parts; null for any other zip, or one that cannot be read.
    private static string? ZipContent(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("mimetype") is { Length: < 256 } entry)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
                var mimetype = reader.ReadToEnd().Trim();
                var name = mimetype switch
                {
                    "application/vnd.oasis.opendocument.text" => "an OpenDocument text (.odt)",
                    "application/vnd.oasis.opendocument.spreadsheet" => "an OpenDocument spreadsheet (.ods)",
                    "application/vnd.oasis.opendocument.presentation" => "an OpenDocument presentation (.odp)",
                    "application/epub+zip" => "an EPUB book",
                    _ when mimetype.StartsWith("application/vnd.oasis.opendocument.", StringComparison.Ordinal) => "an OpenDocument file",
                    _ => null,
                };
                if (name is not null)
                {
                    return name;
                }
            }

            if (zip.GetEntry("[Content_Types].xml") is not null)
            {
                return zip.GetEntry("xl/workbook.xml") is not null ? "an Excel workbook (.xlsx)"
                    : zip.GetEntry("ppt/presentation.xml") is not null ? "a PowerPoint presentation (.pptx)"
                    : null;
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
