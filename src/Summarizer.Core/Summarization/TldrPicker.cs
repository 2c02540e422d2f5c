namespace Summarizer.Core.Summarization;

/// <summary>
/// Picks the offline TL;DR: the one early sentence that best stands for the whole article (lead position, how much of
/// the article it shares, the headline), shortened where that is safe to at most <see cref="MaxWords"/> words.
/// </summary>
internal static class TldrPicker
{
    /// <summary>The longest TL;DR in words.</summary>
    public const int MaxWords = 30;

    // A single sentence is judged against the article more than against its position: the best one-line summary of
    // a story is often not its first sentence (a scene-setting opening, a quote).
    private const double CentralityWeight = 3.0;
    private const double TitleWeight = 1.0;
    private const int Candidates = 10;

    public static string Pick(NumberedArticle article, RankedSentences ranked)
    {
        var order = Enumerable.Range(0, article.Sentences.Count)
            .Where(i => ranked.ContentRank[i] < Candidates)
            .OrderByDescending(i => Score(ranked, i))
            .ThenBy(i => i)
            .ToList();
        foreach (var i in order)
        {
            if (SentenceShortener.Shorten(article.Sentences[i].Text, MaxWords) is { } shortened)
            {
                return shortened;
            }
        }

        return Truncate(SentenceShortener.TrimOpening(article.Sentences[order.Count > 0 ? order[0] : 0].Text));
    }

    private static double Score(RankedSentences ranked, int i) =>
        ranked.Quality[i] * ((1.0 / (1 + ranked.ContentRank[i])) + (CentralityWeight * ranked.Centrality[i]) + (TitleWeight * ranked.Title[i]));

    // No sentence could be shortened safely: the best one's first words, marked as cut.
    private static string Truncate(string sentence)
    {
        var words = sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords ? sentence : string.Join(' ', words.Take(MaxWords)).TrimEnd(',', ';', ':') + "…";
    }
}
