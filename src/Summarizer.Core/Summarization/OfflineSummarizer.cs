namespace Summarizer.Core.Summarization;

/// <summary>
/// The extractive summarizer: ranks the article's sentences (<see cref="SentenceRanker"/>), drops near-repeats, and
/// returns the best few in reading order as the summary and the best 3–7 as key points, each citing itself.
/// Deterministic: the same article always gives the same summary.
/// </summary>
public sealed class OfflineSummarizer
{
    public const string ModelName = "extractive-centrality";
    public const string ModelVersion = "1.0";

    // Two sentences sharing this much weighted vocabulary say the same thing; the later one is dropped.
    private const double RedundancyThreshold = 0.5;
    private const int MinKeyPoints = 3;

    private readonly int _summarySentences;
    private readonly int _maxKeyPoints;

    public OfflineSummarizer(int summarySentences = 3, int maxKeyPoints = 7)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(summarySentences, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxKeyPoints, MinKeyPoints);
        _summarySentences = summarySentences;
        _maxKeyPoints = maxKeyPoints;
    }

    /// <summary>Summarizes <paramref name="article"/>; an article without sentences is a permanent failure.</summary>
    public ArticleSummary Summarize(NumberedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Sentences.Count == 0)
        {
            throw new SummarizationException("The article has no sentences to summarize.", isTransient: false);
        }

        var vectors = TermVectors.Build(article.Sentences.Select(s => s.Text), article.Title);
        var scores = SentenceRanker.Score(article, vectors);
        var ranked = Enumerable.Range(0, scores.Length)
            .OrderByDescending(i => scores[i])
            .ThenBy(i => i)
            .ToList();

        var summary = Select(ranked, vectors, _summarySentences);
        var keyPointCount = Math.Clamp(article.Sentences.Count / 4, MinKeyPoints, _maxKeyPoints);
        var keyPoints = Select(ranked, vectors, keyPointCount)
            .Select(i => new KeyPoint(Dateline.Strip(article.Sentences[i].Text), [i]))
            .ToList();

        return new ArticleSummary(
            string.Join(' ', summary.Select(i => Dateline.Strip(article.Sentences[i].Text))),
            keyPoints,
            article.Texts,
            new SummaryUsage(nameof(SummaryProvider.Offline), ModelName, ModelVersion, 0, 0, 0));
    }

    // The best sentences that do not repeat one already chosen, in reading order; repeats fill in only when
    // the article has nothing else.
    private static List<int> Select(List<int> ranked, TermVectors vectors, int count)
    {
        var chosen = new List<int>();
        foreach (var candidate in ranked)
        {
            if (chosen.Count == count)
            {
                break;
            }

            if (chosen.TrueForAll(c => vectors.Similarity(c, candidate) < RedundancyThreshold))
            {
                chosen.Add(candidate);
            }
        }

        foreach (var candidate in ranked)
        {
            if (chosen.Count == count)
            {
                break;
            }

            if (!chosen.Contains(candidate))
            {
                chosen.Add(candidate);
            }
        }

        chosen.Sort();
        return chosen;
    }
}
