namespace Summarizer.Core.Summarization;

/// <summary>
/// Decides when a key point only restates a summary sentence: when at least 80% of its words (lower-cased and
/// stemmed, each occurrence counted) appear in that one sentence. Key points are meant to add to the summary.
/// </summary>
public static class KeyPointRestatement
{
    /// <summary>The share of a key point's words found in one summary sentence from which it counts as a restatement.</summary>
    public const double Threshold = 0.8;

    /// <summary>The share of <paramref name="keyPoint"/>'s words that also appear in <paramref name="sentence"/>, from 0 to 1.</summary>
    public static double WordShare(string keyPoint, string sentence)
    {
        ArgumentNullException.ThrowIfNull(keyPoint);
        ArgumentNullException.ThrowIfNull(sentence);
        return WordShare(TermVectors.Tokenize(keyPoint), Words(sentence));
    }

    internal static HashSet<string> Words(string sentence) => TermVectors.Tokenize(sentence).ToHashSet(StringComparer.Ordinal);

    internal static double WordShare(IReadOnlyList<string> keyPointWords, HashSet<string> sentenceWords) =>
        keyPointWords.Count == 0 ? 1 : (double)keyPointWords.Count(sentenceWords.Contains) / keyPointWords.Count;

    internal static bool Restates(IReadOnlyList<string> keyPointWords, IReadOnlyList<HashSet<string>> summarySentenceWords) =>
        summarySentenceWords.Any(s => WordShare(keyPointWords, s) >= Threshold);

    /// <summary>The index of the first summary sentence that <paramref name="keyPoint"/> restates, or -1 when it restates none.</summary>
    public static int RestatedSentence(string keyPoint, IReadOnlyList<string> summarySentences)
    {
        ArgumentNullException.ThrowIfNull(summarySentences);
        for (var i = 0; i < summarySentences.Count; i++)
        {
            if (WordShare(keyPoint, summarySentences[i]) >= Threshold)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="keyPoint"/> restates any of <paramref name="summarySentences"/>.</summary>
    public static bool Restates(string keyPoint, IReadOnlyList<string> summarySentences) => RestatedSentence(keyPoint, summarySentences) >= 0;
}
