namespace Summarizer.Core.Evaluation;

/// <summary>
/// Scores a candidate summary against a reference as Google's <c>rouge-score</c> does with the stemmer on:
/// ROUGE-N from clipped n-gram matches, and summary-level ROUGE-L (<c>rougeLsum</c>) from the union longest common
/// subsequence of each reference sentence with all candidate sentences, sentences being the texts' lines.
/// </summary>
public static class RougeScorer
{
    /// <summary>Scores texts whose sentences are separated by newlines, as <c>rouge-score</c> reads them for ROUGE-Lsum.</summary>
    public static RougeScores Score(string candidate, string reference)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reference);
        return Score(candidate.Split('\n'), reference.Split('\n'));
    }

    /// <summary>Scores sentence lists: candidate sentences and reference sentences (one highlight per entry).</summary>
    public static RougeScores Score(IReadOnlyList<string> candidateSentences, IReadOnlyList<string> referenceSentences)
    {
        ArgumentNullException.ThrowIfNull(candidateSentences);
        ArgumentNullException.ThrowIfNull(referenceSentences);
        var candidate = candidateSentences.Select(RougeTokenizer.Tokenize).Where(s => s.Count > 0).ToList();
        var reference = referenceSentences.Select(RougeTokenizer.Tokenize).Where(s => s.Count > 0).ToList();
        var candidateTokens = candidate.SelectMany(s => s).ToList();
        var referenceTokens = reference.SelectMany(s => s).ToList();
        return new RougeScores(
            RougeN(candidateTokens, referenceTokens, 1),
            RougeN(candidateTokens, referenceTokens, 2),
            SummaryLevelRougeL(candidate, reference));
    }

    public static RougeScore RougeN(IReadOnlyList<string> candidate, IReadOnlyList<string> reference, int n)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reference);
        var candidateGrams = NGrams(candidate, n);
        var referenceGrams = NGrams(reference, n);
        var matches = 0;
        foreach (var (gram, count) in candidateGrams)
        {
            matches += Math.Min(count, referenceGrams.GetValueOrDefault(gram));
        }

        return RougeScore.FromCounts(matches, Math.Max(candidate.Count - n + 1, 0), Math.Max(reference.Count - n + 1, 0));
    }

    /// <summary>
    /// Summary-level ROUGE-L: for each reference sentence, the union of its LCS hits with every candidate sentence,
    /// each token counted at most as often as it occurs on both sides.
    /// </summary>
    public static RougeScore SummaryLevelRougeL(IReadOnlyList<IReadOnlyList<string>> candidate, IReadOnlyList<IReadOnlyList<string>> reference)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(reference);
        var candidateCounts = Counts(candidate.SelectMany(s => s));
        var referenceCounts = Counts(reference.SelectMany(s => s));
        var hits = 0;
        foreach (var sentence in reference)
        {
            foreach (var index in UnionLcs(sentence, candidate))
            {
                var token = sentence[index];
                if (candidateCounts.GetValueOrDefault(token) > 0 && referenceCounts.GetValueOrDefault(token) > 0)
                {
                    hits++;
                    candidateCounts[token]--;
                    referenceCounts[token]--;
                }
            }
        }

        return RougeScore.FromCounts(hits, candidate.Sum(s => s.Count), reference.Sum(s => s.Count));
    }

    private static SortedSet<int> UnionLcs(IReadOnlyList<string> referenceSentence, IReadOnlyList<IReadOnlyList<string>> candidate)
    {
        var union = new SortedSet<int>();
        foreach (var sentence in candidate)
        {
            union.UnionWith(LcsIndexes(referenceSentence, sentence));
        }

        return union;
    }

    // Indexes into a of one longest common subsequence of a and b.
    private static List<int> LcsIndexes(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                table[i, j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal)
                    ? table[i - 1, j - 1] + 1
                    : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        var indexes = new List<int>();
        for (int i = a.Count, j = b.Count; i > 0 && j > 0;)
        {
            if (string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal))
            {
                indexes.Add(i - 1);
                i--;
                j--;
            }
            else if (table[i - 1, j] >= table[i, j - 1])
            {
                i--;
            }
            else
            {
                j--;
            }
        }

        indexes.Reverse();
        return indexes;
    }

    private static Dictionary<string, int> NGrams(IReadOnlyList<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = string.Join(' ', tokens.Skip(i).Take(n));
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }

        return grams;
    }

    private static Dictionary<string, int> Counts(IEnumerable<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        return counts;
    }
}
