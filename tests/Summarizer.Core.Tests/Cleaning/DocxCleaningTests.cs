using System.Diagnostics;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Options;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Tests.Cleaning;

public sealed class DocxCleaningTests
{
    private const string First = "The library board voted on Tuesday to keep the branch on Mill Street open on Sundays through the winter.";
    private const string Second = "Visitor numbers on Sundays rose by a third after the branch first opened that day last spring.";

    [Fact]
    public void Clean_ReadsParagraphsHeadingsListsAndTablesInOrder()
    {
        var numbered = DocxFiles.Paragraph("Opening hours move to ten until four.");
        numbered.ParagraphProperties = new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }));
        var docx = DocxFiles.Build(null, null, null,
            DocxFiles.Paragraph(First),
            DocxFiles.Paragraph("What changes", "Heading1"),
            DocxFiles.Paragraph("A second librarian works each Sunday.", "ListParagraph"),
            numbered,
            DocxFiles.Table(["Day", "Visitors"], ["Sunday", "412"]),
            DocxFiles.Paragraph(Second));

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("library.docx", docx));

        Assert.Equal("docx", article.Format);
        Assert.Equal(
            [
                new ArticleBlock(BlockKind.Paragraph, First),
                new ArticleBlock(BlockKind.Heading, "What changes"),
                new ArticleBlock(BlockKind.ListItem, "A second librarian works each Sunday."),
                new ArticleBlock(BlockKind.ListItem, "Opening hours move to ten until four."),
                new ArticleBlock(BlockKind.Paragraph, "Day | Visitors"),
                new ArticleBlock(BlockKind.Paragraph, "Sunday | 412"),
                new ArticleBlock(BlockKind.Paragraph, Second),
            ],
            article.Blocks);
    }

    [Fact]
    public void Clean_TakesTitleAuthorAndDateFromCoreProperties()
    {
        var docx = DocxFiles.Build("Sunday opening stays", "Ada Byrne", new DateTime(2024, 3, 5, 9, 30, 0, DateTimeKind.Utc), DocxFiles.Paragraph(First));

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("library.docx", docx));

        Assert.Equal("Sunday opening stays", article.Title);
        Assert.Equal("Ada Byrne", article.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void Clean_TakesTitleFromFirstHeadingWithoutCoreTitle()
    {
        var docx = DocxFiles.Build(null, null, null, DocxFiles.Paragraph("Sundays stay open", "Heading1"), DocxFiles.Paragraph(First));

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("library.docx", docx));

        Assert.Equal("Sundays stay open", article.Title);
    }

    [Fact]
    public void Clean_ReadsWordDocumentByItsPackagePartsWhateverItsName()
    {
        var docx = DocxFiles.Build(null, null, null, DocxFiles.Paragraph(First));

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("upload.bin", docx, "application/octet-stream"));

        Assert.Equal("docx", article.Format);
        Assert.Equal(First, article.Text);
    }

    [Fact]
    public void Clean_StillRejectsZipThatIsNoWordDocument()
    {
        var result = CleaningTestData.Clean("notes.docx", DocxFiles.Zip(("notes.txt", "Not a Word document.")));

        Assert.True(result.IsRejected);
        Assert.Contains("a zip archive", result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_RejectsZipBombQuicklyWithoutInflatingIt()
    {
        var bomb = DocxFiles.ZipBomb(64L * 1024 * 1024);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();

        var result = CleaningTestData.Clean("bomb.docx", bomb);

        Assert.True(result.IsRejected);
        Assert.Contains("zip bomb", result.RejectionReason, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 32L * 1024 * 1024, "the bomb was inflated");
    }

    [Fact]
    public void Clean_RejectsDocumentOverTheCharacterLimit()
    {
        var docx = DocxFiles.Build(null, null, null, [.. Enumerable.Repeat(First, 40).Select(t => DocxFiles.Paragraph(t))]);
        var cleaner = new ArticleCleaner(Options.Create(new CleaningOptions { MaxCharacters = 2_000 }));

        var result = cleaner.Clean(new ArticleSource("long.docx", null, docx));

        Assert.True(result.IsRejected);
        Assert.Contains("Cleaning:MaxCharacters", result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_RejectsDamagedWordDocument()
    {
        var docx = DocxFiles.Build(null, null, null, DocxFiles.Paragraph(First));
        var damaged = docx.ToArray();
        var start = damaged.AsSpan().IndexOf("word/document.xml"u8) + 60;
        damaged.AsSpan(start, 200).Fill(0x55);

        var result = CleaningTestData.Clean("damaged.docx", damaged);

        Assert.True(result.IsRejected);
        Assert.Contains("Word document", result.RejectionReason, StringComparison.Ordinal);
    }
}
