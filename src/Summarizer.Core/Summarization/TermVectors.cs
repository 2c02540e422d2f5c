using System.Globalization;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Summarization;

/// <summary>
/// Tf-idf vectors of an article's sentences over lower-cased, Porter-stemmed words (pairs of characters in Chinese,
/// Japanese and Thai), with idf taken within the article so that words used everywhere (function words in any
/// language) weigh next to nothing.
/// </summary>
internal sealed class TermVectors
{
    // Stems of words seen before: news vocabulary repeats, and stemming is most of the cost of tokenizing. Bounded, so
    // that a stream of unusual words cannot grow it without end.
    private const int MaxCachedStems = 200_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    private readonly Dictionary<string, double>[] _vectors;

    private TermVectors(IReadOnlyList<IReadOnlyList<string>> terms, IReadOnlyList<string> titleTerms)
    {
        Terms = terms;
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in terms)
        {
            foreach (var term in sentence.Distinct())
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        var count = terms.Count;
        double Idf(string term) => Math.Log((count + 1.0) / (documentFrequency.GetValueOrDefault(term) + 0.5));
        _vectors = terms.Select(t => Normalize(t, Idf)).ToArray();
        Title = Normalize(titleTerms, Idf);
    }

    public IReadOnlyList<IReadOnlyList<string>> Terms { get; }

    public Dictionary<string, double> Title { get; }

    public static TermVectors Build(IEnumerable<string> sentences, string title) =>
        new(sentences.Select(Tokenize).ToList(), Tokenize(title));

    public static IReadOnlyList<string> Tokenize(string text)
    {
        var terms = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var unspaced = i < text.Length && TextNormalizer.IsUnspacedScript(text[i]);
            // Vowel signs and other combining marks (Devanagari, Arabic) belong to the word they are written in.
            var isWordChar = i < text.Length && !unspaced
                && (char.IsLetterOrDigit(text[i]) || (start >= 0 && char.GetUnicodeCategory(text[i]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark));
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                terms.Add(word.Length > 3 ? Stem(word) : word);
                start = -1;
            }

            // Chinese, Japanese and Thai put no spaces between words: overlapping pairs of characters stand in for
            // them, and a character standing alone for itself.
            if (unspaced)
            {
                if (i + 1 < text.Length && TextNormalizer.IsUnspacedScript(text[i + 1]))
                {
                    terms.Add(text.Substring(i, 2));
                }
                else if (i == 0 || !TextNormalizer.IsUnspacedScript(text[i - 1]))
                {
                    terms.Add(text[i].ToString());
                }
            }
        }

        return terms;
    }

    public double Similarity(int a, int b) => Cosine(_vectors[a], _vectors[b]);

    private static string Stem(string word)
    {
        if (Stems.TryGetValue(word, out var stem))
        {
            return stem;
        }

        stem = PorterStemmer.Stem(word);
        if (Stems.Count < MaxCachedStems)
        {
            Stems.TryAdd(word, stem);
        }

        return stem;
    }

    public double TitleSimilarity(int a) => Cosine(_vectors[a], Title);

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                dot += weight * other;
            }
        }

        return dot;
    }

    private static Dictionary<string, double> Normalize(IReadOnlyList<string> terms, Func<string, double> idf)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            vector[term] = vector.GetValueOrDefault(term) + 1;
        }

        foreach (var term in vector.Keys.ToList())
        {
            vector[term] = (1 + Math.Log(vector[term])) * Math.Max(idf(term), 0);
        }

        var norm = Math.Sqrt(vector.Values.Sum(w => w * w));
        if (norm > 0)
        {
            foreach (var term in vector.Keys.ToList())
            {
                vector[term] /= norm;
            }
        }

        return vector;
    }
}
