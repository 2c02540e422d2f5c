namespace Summarizer.Core.Evaluation;

/// <summary>
/// One written HTML block of a dataset page, to fit the block classifier on: its features, its word count and how
/// many of its words the expected text holds in the same order (see <see cref="BlockSamples"/>).
/// </summary>
public sealed record BlockSample(float[] Features, int Words, int MatchedWords)
{
    /// <summary>Content when at least half of its words are matched in the expected text.</summary>
    public bool IsContent => Words > 0 && MatchedWords * 2 >= Words;
}
