using System.Text.RegularExpressions;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Finds the running headers, footers and page numbers of a PDF: short blocks in the top or bottom margin that are a
/// page number, a print date or address, the document's title, or text that repeats on other pages with only its
/// digits changed.
/// </summary>
internal static partial class PdfRunningText
{
    private const int MaxLines = 2;
    private const int MaxLength = 160;

    /// <summary>The blocks that are running text, to be left out of the article.</summary>
    public static HashSet<PdfPageBlock> Find(IReadOnlyList<PdfPageBlock> blocks, string? documentTitle)
    {
        var candidates = blocks.Where(b => b.InMargin && b.Lines.Count <= MaxLines && string.Join(" ", b.Lines).Length <= MaxLength).ToList();
        var pagesPerShape = candidates
            .GroupBy(Shape)
            .ToDictionary(g => g.Key, g => g.Select(b => b.Page).Distinct().Count());
        var title = documentTitle is null ? null : Shape(documentTitle);
        return candidates
            .Where(b => IsPageMark(Text(b)) || pagesPerShape[Shape(b)] >= 2 || (title is { Length: > 0 } && Shape(b) == title))
            .ToHashSet();
    }

    /// <summary>
    /// True for a line in the top or bottom margin that starts with a browser's print date and time or its page
    /// address; the browser sets the page's title beside the date and the page count beside the address.
    /// </summary>
    public static bool IsStampLine(UglyToad.PdfPig.DocumentLayoutAnalysis.TextLine line, double pageHeight)
    {
        if (!PdfPageBlock.IsInMargin(line, pageHeight))
        {
            return false;
        }

        var text = PdfPageBlock.LineText(line);
        return PrintStampStart().IsMatch(text) || Address().IsMatch(text);
    }

    private static string Text(PdfPageBlock block) => string.Join(" ", block.Lines);

    private static string Shape(PdfPageBlock block) => Shape(Text(block));

    /// <summary>The text with digits folded together and case ignored, so "Page 3" and "Page 4" have one shape.</summary>
    private static string Shape(string text) => Digits().Replace(TextNormalizer.CollapseWhitespace(text), "#").ToLowerInvariant();

    private static bool IsPageMark(string text) =>
        PageNumber().IsMatch(text) || PrintStamp().IsMatch(text) || Address().IsMatch(text);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    // "3", "- 3 -", "Page 3", "page 3 of 7", "3 / 7", "iv"
    [GeneratedRegex(@"^\W*(page\s+)?(\d{1,5}|[ivxlc]{1,7})(\s*(/|of)\s*\d{1,5})?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    // The date and time a browser prints at the top of each page: "11/27/26, 3:20 PM".
    [GeneratedRegex(@"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(\s*[AP]M)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrintStamp();

    [GeneratedRegex(@"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(\s*[AP]M)?(\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrintStampStart();

    // The address a browser prints at the foot of each page.
    [GeneratedRegex(@"^(https?|file)://\S+(\s+\d{1,5}\s*/\s*\d{1,5})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
