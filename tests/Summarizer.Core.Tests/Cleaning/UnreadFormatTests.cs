using System.Text;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Tests.Cleaning;

/// <summary>Uploads in formats that are not read are rejected with a reason that names the format and what to upload instead.</summary>
public sealed class UnreadFormatTests
{
    private const string SaveAs = "Save it as Word (.docx) or PDF and upload that.";
    private const string ReadFormats = "Articles are read from HTML, plain text, Markdown, PDF and Word (.docx) files.";

    [Theory]
    [InlineData("story.doc", "The upload is a Word 97–2003 document (.doc), which is not read.")]
    [InlineData("story.odt", "The upload is an OpenDocument text (.odt), which is not read.")]
    [InlineData("story.rtf", "The upload is a Rich Text Format (.rtf) document, which is not read.")]
    public void Clean_RejectsOtherWordProcessorFiles_NamingTheFormatAndWhatToSaveAs(string file, string reason)
    {
        var result = CleaningTestData.Clean(file, CleaningTestData.Read(file));

        Assert.True(result.IsRejected);
        Assert.Equal($"{reason} {SaveAs}", result.RejectionReason);
    }

    [Theory]
    [InlineData("application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)")]
    [InlineData("application/vnd.oasis.opendocument.presentation", "an OpenDocument presentation (.odp)")]
    [InlineData("application/epub+zip", "an EPUB book")]
    public void Clean_RejectsZipPackagesByTheirMimetypeEntry(string mimetype, string name)
    {
        var package = DocxFiles.Zip(("mimetype", mimetype), ("content.xml", "<document/>"));

        var result = CleaningTestData.Clean("upload.bin", package);

        Assert.Equal($"The upload is {name}, which is not read. {SaveAs}", result.RejectionReason);
    }

    [Theory]
    [InlineData("xl/workbook.xml", "an Excel workbook (.xlsx)")]
    [InlineData("ppt/presentation.xml", "a PowerPoint presentation (.pptx)")]
    public void Clean_RejectsOfficeOpenXmlPackagesThatAreNotWord(string part, string name)
    {
        var package = DocxFiles.Zip(("[Content_Types].xml", "<Types/>"), (part, "<root/>"));

        var result = CleaningTestData.Clean("upload.docx", package);

        Assert.Equal($"The upload is {name}, which is not read. {SaveAs}", result.RejectionReason);
    }

    [Fact]
    public void Clean_RejectsAnyOtherZipAsAnArchive()
    {
        var result = CleaningTestData.Clean("notes.zip", DocxFiles.Zip(("notes.txt", "The harbour bridge reopened on Thursday.")));

        Assert.Equal($"The upload is a zip archive, not an article. {ReadFormats}", result.RejectionReason);
    }

    [Theory]
    [InlineData("Workbook", "an Excel 97–2003 workbook (.xls)")]
    [InlineData("PowerPoint Document", "a PowerPoint 97–2003 presentation (.ppt)")]
    public void Clean_RejectsLegacyOfficeFilesByTheirMainStream(string stream, string name)
    {
        var result = CleaningTestData.Clean("upload.doc", CompoundFile(stream));

        Assert.Equal($"The upload is {name}, which is not read. {SaveAs}", result.RejectionReason);
    }

    [Fact]
    public void Clean_RejectsACompoundFileWithoutAKnownStream_AsAnOfficeFile()
    {
        var result = CleaningTestData.Clean("upload.msg", CompoundFile("__substg1.0_0037001F"));

        Assert.Equal($"The upload is a Microsoft Office 97–2003 file, which is not read. {SaveAs}", result.RejectionReason);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1 }, "a JPEG image")]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 0x24, 0, 0, 0, (byte)'W', (byte)'E', (byte)'B', (byte)'P', (byte)'V', (byte)'P', (byte)'8', (byte)' ' }, "a WebP image")]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 0x24, 0, 0, 0, (byte)'W', (byte)'A', (byte)'V', (byte)'E', (byte)'f', (byte)'m', (byte)'t', (byte)' ' }, "a WAV audio file")]
    [InlineData(new byte[] { 0, 0, 0, 0x20, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m', 0, 0, 2, 0 }, "an MP4, QuickTime or HEIF media file")]
    [InlineData(new byte[] { (byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C, 0, 4, 0, 0, 0, 0 }, "a 7-Zip archive")]
    [InlineData(new byte[] { (byte)'I', (byte)'D', (byte)'3', 4, 0, 0, 0, 0, 0, 0x21, 0, 0 }, "an MP3 audio file")]
    [InlineData(new byte[] { (byte)'B', (byte)'Z', (byte)'h', (byte)'9', 0x31, 0x41, 0x59, 0x26, 0x53, 0x59, 0x0E, 0xB4 }, "a bzip2 archive")]
    [InlineData(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0 }, "a program (ELF)")]
    public void Clean_RejectsMediaArchivesAndPrograms_NamingThem(byte[] bytes, string name)
    {
        var result = CleaningTestData.Clean("upload.txt", bytes);

        Assert.Equal($"The upload is {name}, not an article. {ReadFormats}", result.RejectionReason);
    }

    [Fact]
    public void Clean_RecognisesRtfAfterAByteOrderMarkAndWhitespace()
    {
        var rtf = Encoding.UTF8.GetPreamble().Concat("\r\n  {\\rtf1\\ansi The harbour bridge reopened on Thursday.\\par }"u8.ToArray()).ToArray();

        var result = CleaningTestData.Clean("upload.txt", rtf);

        Assert.Equal($"The upload is a Rich Text Format (.rtf) document, which is not read. {SaveAs}", result.RejectionReason);
    }

    [Theory]
    [InlineData("ID3 tags explained\n\nThe tags at the start of an MP3 file hold the title, the artist and the album of the track.")]
    [InlineData("RIFF and its cousins\n\nThe container format stores chunks, each with a four-letter name and a length before it.")]
    [InlineData("BZh, the bzip2 header\n\nEvery compressed stream starts with these letters and a digit that gives its block size.")]
    public void Clean_ReadsTextThatStartsLikeAMediaHeader(string text)
    {
        var article = CleaningTestData.Accepted(CleaningTestData.Clean("notes.txt", Encoding.UTF8.GetBytes(text)));

        Assert.Equal(text[..text.IndexOf('\n', StringComparison.Ordinal)], article.Title);
    }

    [Fact]
    public void Clean_ReadsTextThatMerelyMentionsRtf()
    {
        var text = "Saving files as RTF\n\nThe format starts with {\\rtf1 and a character set. Word and LibreOffice both open it, and so do most editors."u8.ToArray();

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("notes.txt", text));

        Assert.Equal("Saving files as RTF", article.Title);
    }

    // The compound file header, padding, and a directory entry naming the stream in UTF-16 as Office writes it.
    private static byte[] CompoundFile(string stream) =>
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes(stream), .. new byte[64]];
}
