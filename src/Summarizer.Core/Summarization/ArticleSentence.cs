namespace Summarizer.Core.Summarization;

/// <summary>One sentence of an article with its place: the number key points cite and the paragraph it belongs to.</summary>
/// <param name="Index">Zero-based position among the article's sentences.</param>
/// <param name="Paragraph">Zero-based position of its paragraph among the body's non-heading blocks.</param>
/// <param name="Text">The sentence as written.</param>
public sealed record ArticleSentence(int Index, int Paragraph, string Text);
