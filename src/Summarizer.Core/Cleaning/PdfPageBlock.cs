using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace Summarizer.Core.Cleaning;

/// <summary>A block of text laid out on one page of a PDF, in the page's reading order.</summary>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageHeight">The page's height, to tell the top and bottom margins.</param>
/// <param name="Block">The lines PdfPig's layout analysis grouped together.</param>
internal sealed record PdfPageBlock(int Page, double PageHeight, TextBlock Block)
{
    /// <summary>The block's lines, words joined by single spaces.</summary>
    public IReadOnlyList<string> Lines { get; } = Block.TextLines.Select(l => TextNormalizer.CollapseWhitespace(l.Text)).Where(l => l.Length > 0).ToList();

    /// <summary>The letters' most common point size, rounded to a half point.</summary>
    public double FontSize { get; } = MostCommonSize(Block);

    /// <summary>True when every letter is set in a bold face.</summary>
    public bool Bold { get; } = Block.TextLines.SelectMany(l => l.Words).SelectMany(w => w.Letters)
        .All(l => l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true || l.FontDetails?.IsBold == true);

    public int LetterCount => Block.TextLines.Sum(l => l.Words.Sum(w => w.Letters.Count));

    /// <summary>True when the block lies wholly in the top or bottom eighth of the page, where running heads sit.</summary>
    public bool InMargin => Block.BoundingBox.Bottom > PageHeight * 0.88 || Block.BoundingBox.Top < PageHeight * 0.12;

    private static double MostCommonSize(TextBlock block)
    {
        var sizes = block.TextLines.SelectMany(l => l.Words).SelectMany(w => w.Letters)
            .Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.PointSize * 2) / 2)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        return sizes?.Key ?? 0;
    }
}
