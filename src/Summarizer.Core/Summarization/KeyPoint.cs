namespace Summarizer.Core.Summarization;

/// <summary>A key point of an article with the numbers of the article sentences that support it.</summary>
/// <param name="Text">The key point.</param>
/// <param name="Sentences">Zero-based indexes into <see cref="ArticleSummary.Sentences"/>.</param>
public sealed record KeyPoint(string Text, IReadOnlyList<int> Sentences);
