using System.Diagnostics;
using Microsoft.Extensions.Options;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Tests.Cleaning;

public sealed class PdfCleaningTests
{
    private const string LeftFirst = "The river authority opened the new flood gates on Monday after three years of building work along the estuary.";
    private const string LeftSecond = "Engineers said the gates can hold back a surge two metres higher than the one that flooded the harbour town in 2013.";
    private const string RightFirst = "Residents who had campaigned for the barrier gathered on the embankment to watch the first test closing at noon.";
    private const string RightSecond = "The authority will close the gates twice a year for maintenance and publish the dates a month ahead of each closing.";

    [Fact]
    public void Clean_ReadsTwoColumnsInReadingOrder()
    {
        var pdf = PdfFiles.Build("Flood gates open", (page, regular, bold) =>
        {
            page.AddText("Flood gates open on the estuary", 20, new UglyToad.PdfPig.Core.PdfPoint(50, 780), bold);
            var y = PdfFiles.Lines(page, regular, 50, 730, PdfFiles.Wrap(LeftFirst, 38));
            PdfFiles.Lines(page, regular, 50, y - 10, PdfFiles.Wrap(LeftSecond, 38));
            y = PdfFiles.Lines(page, regular, 320, 730, PdfFiles.Wrap(RightFirst, 38));
            PdfFiles.Lines(page, regular, 320, y - 10, PdfFiles.Wrap(RightSecond, 38));
        });

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("gates.pdf", pdf));

        Assert.Equal("pdf", article.Format);
        Assert.Equal("Flood gates open", article.Title);
        Assert.Equal(new ArticleBlock(BlockKind.Heading, "Flood gates open on the estuary"), article.Blocks[0]);
        var text = article.Text;
        var order = new[] { LeftFirst, LeftSecond, RightFirst, RightSecond }.Select(p => text.IndexOf(p, StringComparison.Ordinal)).ToList();
        Assert.All(order, index => Assert.True(index >= 0, text));
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Clean_WithoutDocumentTitle_TakesTheTitleFromAHeadingOnTheFirstPageOnly()
    {
        var headed = PdfFiles.Build(null, (page, regular, bold) =>
        {
            page.AddText("Flood gates open on the estuary", 20, new UglyToad.PdfPig.Core.PdfPoint(50, 780), bold);
            PdfFiles.Lines(page, regular, 50, 730, PdfFiles.Wrap(LeftFirst, 80));
        });
        var unheaded = PdfFiles.Build(
            null,
            (page, regular, _) => PdfFiles.Lines(page, regular, 50, 700, PdfFiles.Wrap(LeftFirst + " " + LeftSecond, 80)),
            (page, regular, bold) =>
            {
                var y = PdfFiles.Lines(page, regular, 50, 700, PdfFiles.Wrap(RightFirst, 80));
                PdfFiles.Lines(page, bold, 50, y - 20, "END OF TERMS AND CONDITIONS");
                PdfFiles.Lines(page, regular, 50, y - 60, PdfFiles.Wrap(RightSecond, 80));
            });

        Assert.Equal("Flood gates open on the estuary", CleaningTestData.Accepted(CleaningTestData.Clean("gates.pdf", headed)).Title);
        var article = CleaningTestData.Accepted(CleaningTestData.Clean("licence-terms.pdf", unheaded));
        Assert.Contains(article.Blocks, b => b is { Kind: BlockKind.Heading, Text: "END OF TERMS AND CONDITIONS" });
        Assert.Equal("licence-terms", article.Title);
    }

    [Fact]
    public void Clean_DropsRunningHeadersFootersAndPageNumbers()
    {
        var pages = Enumerable.Range(1, 3).Select(number => (Action<UglyToad.PdfPig.Writer.PdfPageBuilder, UglyToad.PdfPig.Writer.PdfDocumentBuilder.AddedFont, UglyToad.PdfPig.Writer.PdfDocumentBuilder.AddedFont>)((page, regular, _) =>
        {
            PdfFiles.Lines(page, regular, 50, 815, "Estuary Quarterly, issue 12");
            PdfFiles.Lines(page, regular, 50, 700, PdfFiles.Wrap(number == 1 ? LeftFirst : number == 2 ? LeftSecond : RightFirst, 80));
            PdfFiles.Lines(page, regular, 290, 30, number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        })).ToArray();

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("quarterly.pdf", PdfFiles.Build(null, pages)));

        Assert.DoesNotContain("Estuary Quarterly", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Blocks, b => b.Text is "1" or "2" or "3");
        Assert.Equal([LeftFirst, LeftSecond, RightFirst], article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Clean_JoinsWordsHyphenatedAtLineEnds()
    {
        var pdf = PdfFiles.Build(null, (page, regular, _) => PdfFiles.Lines(page, regular, 50, 700,
            "The council published the infor-",
            "mation about the new bus routes on its website and in the town library."));

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("buses.pdf", pdf));

        Assert.Equal("The council published the information about the new bus routes on its website and in the town library.", Assert.Single(article.Blocks).Text);
    }

    [Fact]
    public void Clean_JoinsSectionNumberToItsHeading_AndDropsBlocksWithoutLetters()
    {
        var pdf = PdfFiles.Build(null, (page, regular, bold) =>
        {
            page.AddText("2", 16, new UglyToad.PdfPig.Core.PdfPoint(50, 700), bold);
            page.AddText("Results", 16, new UglyToad.PdfPig.Core.PdfPoint(160, 700), bold);
            PdfFiles.Lines(page, regular, 50, 660, PdfFiles.Wrap(LeftFirst, 80));
            PdfFiles.Lines(page, regular, 400, 500, "0.25", "0.50", "0.75");
        });

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("report.pdf", pdf));

        Assert.Equal([new ArticleBlock(BlockKind.Heading, "2 Results"), new ArticleBlock(BlockKind.Paragraph, LeftFirst)], article.Blocks);
    }

    [Fact]
    public void Clean_ReadsPdfWhateverTheNameAndContentTypeSay()
    {
        var pdf = PdfFiles.Build(null, (page, regular, _) => PdfFiles.Lines(page, regular, 50, 700, PdfFiles.Wrap(LeftFirst, 80)));

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("notes.txt", pdf, "text/plain"));

        Assert.Equal("pdf", article.Format);
        Assert.Equal(LeftFirst, article.Text);
    }

    [Fact]
    public void Clean_RejectsPdfWithOnlyImagesAsScan()
    {
        var pdf = PdfFiles.Raw([
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
            PdfFiles.Stream(string.Empty, "q 500 0 0 700 40 70 cm /Im1 Do Q"),
            PdfFiles.Stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", "\u0000\u00ff\u00ff\u0000"),
        ]);

        var result = CleaningTestData.Clean("scan.pdf", pdf);

        Assert.True(result.IsRejected);
        Assert.Contains("no text layer", result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_RejectsTruncatedPdf()
    {
        var pdf = PdfFiles.Build(null, (page, regular, _) => PdfFiles.Lines(page, regular, 50, 700, PdfFiles.Wrap(LeftFirst, 80)));

        var result = CleaningTestData.Clean("cut.pdf", pdf[..(pdf.Length / 2)]);

        Assert.True(result.IsRejected);
        Assert.Contains("truncated", result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_RejectsCorruptPdf()
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nthis is not a cross-reference table\n%%EOF\n");

        var result = CleaningTestData.Clean("broken.pdf", bytes);

        Assert.True(result.IsRejected);
        Assert.Contains("damaged", result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_RejectsEncryptedPdf()
    {
        var pdf = PdfFiles.Raw(
            [
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <" + new string('a', 64) + "> /U <" + new string('b', 64) + "> >>",
            ],
            "/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ");

        var result = CleaningTestData.Clean("secret.pdf", pdf);

        Assert.True(result.IsRejected);
        Assert.Contains("encrypted", result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_RejectsPdfWhosePageTreeLoopsWithinTheTimeLimit()
    {
        var pdf = PdfFiles.Raw([
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 1 >>",
        ]);

        var watch = Stopwatch.StartNew();
        var result = Cleaner(maxSeconds: 5).Clean(new ArticleSource("loop.pdf", null, pdf));

        Assert.True(result.IsRejected);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.StartsWith("The PDF", result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_RejectsPdfWhoseFormDrawsItself()
    {
        var pdf = PdfFiles.Raw([
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Fm1 5 0 R >> >> /Contents 4 0 R >>",
            PdfFiles.Stream(string.Empty, "/Fm1 Do"),
            PdfFiles.Stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /Fm1 5 0 R >> >>", "/Fm1 Do"),
        ]);

        var watch = Stopwatch.StartNew();
        var result = Cleaner(maxSeconds: 5).Clean(new ArticleSource("recursive.pdf", null, pdf));

        Assert.True(result.IsRejected);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.StartsWith("The PDF", result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_RejectsPdfOverThePageLimit()
    {
        var page = (Action<UglyToad.PdfPig.Writer.PdfPageBuilder, UglyToad.PdfPig.Writer.PdfDocumentBuilder.AddedFont, UglyToad.PdfPig.Writer.PdfDocumentBuilder.AddedFont>)((p, regular, _) => PdfFiles.Lines(p, regular, 50, 700, LeftFirst));
        var pdf = PdfFiles.Build(null, page, page, page);

        var result = Cleaner(maxPages: 2).Clean(new ArticleSource("long.pdf", null, pdf));

        Assert.True(result.IsRejected);
        Assert.Contains("Cleaning:MaxPages", result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_RejectsPdfOverTheCharacterLimit()
    {
        var pdf = PdfFiles.Build(null, (page, regular, _) => PdfFiles.Lines(page, regular, 50, 800, [.. Enumerable.Repeat(LeftFirst, 50)]));

        var result = Cleaner(maxCharacters: 2_000).Clean(new ArticleSource("dense.pdf", null, pdf));

        Assert.True(result.IsRejected);
        Assert.Contains("Cleaning:MaxCharacters", result.RejectionReason, StringComparison.Ordinal);
    }

    private static ArticleCleaner Cleaner(int maxPages = 500, int maxCharacters = 2_000_000, int maxSeconds = 30) =>
        new(Options.Create(new CleaningOptions { MaxPages = maxPages, MaxCharacters = maxCharacters, MaxDocumentSeconds = maxSeconds }));
}
