namespace Summarizer.Core.Summarization;

/// <summary>
/// Picks the offline key points: article sentences that add to the summary rather than restate it, spread over the
/// whole article (the article is cut into as many equal stretches as there are key points, and each gives its most
/// central sentence), in reading order, one sentence each, trimmed of a leading dateline or connective.
/// </summary>
internal static class KeyPointPicker
{
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
        var chosen = new List<int>();
        var total = article.Sentences.Count;
        for (var part = 0; part < count; part++)
        {
            var (start, end) = (total * part / count, total * (part + 1) / count);
            var best = candidates.FirstOrDefault(i => i >= start && i < end && IsNew(i, chosen, vectors), -1);
            if (best >= 0)
            {
                chosen.Add(best);
            }
        }

        foreach (var candidate in candidates)
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
        return chosen.Select(i => new KeyPoint(texts[i], [i])).ToList();
    }

    // What the sentence shares with the rest of the article and the headline, ahead of its position.
    private static double Score(RankedSentences ranked, int i) =>
        ranked.Quality[i] * (ranked.Centrality[i] + ranked.Title[i] + (1.0 / (1 + ranked.ContentRank[i])));

    private static bool IsNew(int candidate, List<int> chosen, TermVectors vectors) =>
        chosen.TrueForAll(c => vectors.Similarity(c, candidate) < RedundancyThreshold);
}
