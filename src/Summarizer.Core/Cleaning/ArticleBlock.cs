namespace Summarizer.Core.Cleaning;

/// <summary>One block of the article body: a paragraph, heading, list item, quote or preformatted text.</summary>
public sealed record ArticleBlock(BlockKind Kind, string Text);
