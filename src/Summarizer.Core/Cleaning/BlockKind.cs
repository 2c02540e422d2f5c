namespace Summarizer.Core.Cleaning;

/// <summary>The structural role of a block of article text.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
}
