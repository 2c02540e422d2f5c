namespace Summarizer.Core.Cleaning;

/// <summary>What one Word paragraph style makes of its paragraphs.</summary>
/// <param name="Kind">The block kind.</param>
/// <param name="OutlineLevel">The heading level from 0, for headings.</param>
/// <param name="IsTitle">True for the document's Title style.</param>
internal sealed record DocxStyle(BlockKind Kind, int? OutlineLevel, bool IsTitle)
{
    public static DocxStyle Plain { get; } = new(BlockKind.Paragraph, null, false);
}
