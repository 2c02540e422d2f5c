namespace Summarizer.Core.Storage;

/// <summary>A stored key point with the numbers and text of the article sentences that support it.</summary>
public sealed record GroundedKeyPoint(string Text, IReadOnlyList<int> Sentences, IReadOnlyList<string> Sources);
