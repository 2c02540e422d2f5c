using PdfLine = UglyToad.PdfPig.DocumentLayoutAnalysis.TextLine;

namespace Summarizer.Core.Cleaning;

/// <summary>A block of text laid out on one page of a PDF, in the page's reading order.</summary>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageHeight">The page's height, to tell the top and bottom margins.</param>
/// <param name="TextLines">The lines PdfPig's layout analysis grouped together.</param>
internal sealed record PdfPageBlock(int Page, double PageHeight, IReadOnlyList<PdfLine> TextLines)
{
    private const double MarginShare = 0.12;

    /// <summary>The block's lines, words joined by single spaces and typographic ligatures spelt out.</summary>
    public IReadOnlyList<string> Lines { get; } = TextLines.Select(l => LineText(l)).Where(l => l.Length > 0).ToList();

    /// <summary>The letters' most common point size, rounded to a half point.</summary>
    public double FontSize { get; } = MostCommonSize(TextLines);

    /// <summary>True when every letter is set in a bold face.</summary>
    public bool Bold { get; } = TextLines.SelectMany(l => l.Words).SelectMany(w => w.Letters)
        .All(l => l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true || l.FontDetails?.IsBold == true);

    public int LetterCount => TextLines.Sum(l => l.Words.Sum(w => w.Letters.Count));

    /// <summary>True when the block lies wholly in the top or bottom eighth of the page, where running heads sit.</summary>
    public bool InMargin => TextLines.All(l => IsInMargin(l, PageHeight));

    /// <summary>True when a line lies in the top or bottom eighth of a page of this height.</summary>
    public static bool IsInMargin(PdfLine line, double pageHeight) =>
        line.BoundingBox.Bottom > pageHeight * (1 - MarginShare) || line.BoundingBox.Top < pageHeight * MarginShare;

    /// <summary>A line's text with whitespace collapsed and ligatures (U+FB00 to U+FB06) replaced by their letters.</summary>
    public static string LineText(PdfLine line)
    {
        var text = TextNormalizer.CollapseWhitespace(line.Text);
        return text.Any(c => c is >= '\uFB00' and <= '\uFB06') ? text.Normalize(System.Text.NormalizationForm.FormKC) : text;
    }

    private static double MostCommonSize(IReadOnlyList<PdfLine> lines)
    {
        var sizes = lines.SelectMany(l => l.Words).SelectMany(w => w.Letters)
            .Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.PointSize * 2) / 2)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        return sizes?.Key ?? 0;
    }
}
