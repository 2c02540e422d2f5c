namespace Summarizer.Core.Summarization;

/// <summary>
/// Picks the offline key points: article sentences that add to the summary rather than restate it, spread over the
/// whole article (the article is cut into as many equal stretches as there are key points, and each gives its most
/// central sentence; a quotation without its speaker only where nothing else is left), in reading order, one sentence
/// each, trimmed of a leading dateline or connective and, where it is safe, of a trailing attribution and of a
/// subordinate phrase that takes it past <see cref="MaxWords"/> words.
/// </summary>
internal static class KeyPointPicker
{
    /// <summary>The fewest key points asked for (an article with fewer candidates gives fewer).</summary>
    public const int MinCount = 3;

    /// <summary>The longest key point in words, where the sentence can be cut safely (as for the TL;DR).</summary>
    public const int MaxWords = TldrPicker.MaxWords;

    // One key point for about every ten sentences: a key point is one fact a reader keeps, and a typical news story
    // of 20 to 40 sentences holds three or four beside its summary. Chosen on one half of the CNN/DM development
    // set, confirmed on the other.
    private const int SentencesPerKeyPoint = 10;

    private const double MinQuality = 0.3;

    // Two sentences sharing this much weighted vocabulary say the same thing.
    private const double RedundancyThreshold = 0.5;

    public static List<KeyPoint> Pick(NumberedArticle article, TermVectors vectors, RankedSentences ranked, IReadOnlyList<int> summary, IReadOnlyList<string> summaryTexts, int count)
    {
        var summaryWords = summaryTexts.Select(KeyPointRestatement.Words).ToList();
        var texts = new Dictionary<int, string>();
        var candidates = new List<int>();
        for (var i = 0; i < article.Sentences.Count; i++)
        {
            if (summary.Contains(i) || ranked.Quality[i] < MinQuality || summary.Any(s => vectors.Similarity(s, i) >= RedundancyThreshold))
            {
                continue;
            }

            var text = SentenceShortener.TrimOpening(article.Sentences[i].Text);
            if (!KeyPointRestatement.Restates(TermVectors.Tokenize(text), summaryWords))
            {
                texts[i] = text;
                candidates.Add(i);
            }
        }

        var scores = candidates.ToDictionary(i => i, i => Score(ranked, i));
        candidates.Sort((a, b) => scores[b].CompareTo(scores[a]) is var order and not 0 ? order : a.CompareTo(b));

        // A quotation without its speaker is taken only where a stretch offers nothing else. The test runs on demand:
        // most stretches are settled by their first candidate or two.
        var speakerless = new Dictionary<int, bool>();
        bool Narrated(int i) => !(speakerless.TryGetValue(i, out var known) ? known : speakerless[i] = SentenceQuality.IsSpeakerlessQuotation(texts[i]));

        var chosen = new List<int>();
        var total = article.Sentences.Count;
        for (var part = 0; part < count; part++)
        {
            var (start, end) = (total * part / count, total * (part + 1) / count);
            bool Fits(int i) => i >= start && i < end && IsNew(i, chosen, vectors);
            var best = candidates.FirstOrDefault(i => Fits(i) && Narrated(i), -1) is var narrated and >= 0 ? narrated : candidates.FirstOrDefault(Fits, -1);
            if (best >= 0)
            {
                chosen.Add(best);
            }
        }

        foreach (var candidate in candidates.Where(Narrated).Concat(candidates.Where(i => !Narrated(i))))
        {
            if (chosen.Count >= count)
            {
                break;
            }

            if (!chosen.Contains(candidate) && IsNew(candidate, chosen, vectors))
            {
                chosen.Add(candidate);
            }
        }

        chosen.Sort();
        return chosen.Select(i => new KeyPoint(Shorten(texts[i], summaryWords), [i])).ToList();
    }

    // The key point cut where safe (only the chosen few: the cut costs more than the choice); a cut that would leave
    // mostly words of a summary sentence is not made.
    private static string Shorten(string text, IReadOnlyList<HashSet<string>> summaryWords)
    {
        var shortened = SentenceShortener.Shorten(text, MaxWords) ?? SentenceShortener.DropAttribution(text);
        return shortened == text || KeyPointRestatement.Restates(TermVectors.Tokenize(shortened), summaryWords) ? text : shortened;
    }

    /// <summary>How many key points an article of <paramref name="sentences"/> sentences is given, at most <paramref name="max"/>.</summary>
    public static int Count(int sentences, int max) => Math.Clamp(sentences / SentencesPerKeyPoint, MinCount, max);

    // What the sentence shares with the rest of the article and the headline, ahead of its position.
    private static double Score(RankedSentences ranked, int i) =>
        ranked.Quality[i] * (ranked.Centrality[i] + ranked.Title[i] + (1.0 / (1 + ranked.ContentRank[i])));

    private static bool IsNew(int candidate, List<int> chosen, TermVectors vectors) =>
        chosen.TrueForAll(c => vectors.Similarity(c, candidate) < RedundancyThreshold);
}
