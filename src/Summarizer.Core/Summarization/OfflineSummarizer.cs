namespace Summarizer.Core.Summarization;

/// <summary>
/// The extractive summarizer: ranks the article's sentences (<see cref="SentenceRanker"/>), takes the best few that
/// do not repeat each other as the summary in reading order, the best single sentence (shortened where safe) as the
/// TL;DR, and as key points other sentences spread over the article that add to the summary, each citing itself.
/// Deterministic: the same article always gives the same summary.
/// </summary>
public sealed class OfflineSummarizer
{
    public const string ModelName = "extractive-centrality";
    public const string ModelVersion = "2.1";

    // Two sentences sharing this much weighted vocabulary say the same thing; the later one is dropped.
    private const double RedundancyThreshold = 0.5;
    private const int MinKeyPoints = KeyPointPicker.MinCount;

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
    public ArticleSummary Summarize(NumberedArticle article) => Summarize(article, null);

    /// <summary>Summarizes <paramref name="article"/> at the article's own <paramref name="length"/> where it sets one.</summary>
    public ArticleSummary Summarize(NumberedArticle article, SummaryLength? length)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Sentences.Count == 0)
        {
            throw new SummarizationException("The article has no sentences to summarize.", SummarizationFailureKind.InvalidArticle);
        }

        var summarySentences = length?.SummarySentences ?? _summarySentences;
        var maxKeyPoints = length?.MaxKeyPoints ?? _maxKeyPoints;
        var vectors = TermVectors.Build(article.Sentences.Select(s => s.Text), article.Title);
        var ranked = SentenceRanker.Rank(article, vectors);
        var order = Enumerable.Range(0, ranked.Scores.Length)
            .OrderByDescending(i => ranked.Scores[i])
            .ThenBy(i => i)
            .ToList();

        var summary = Select(order, vectors, summarySentences);
        var summaryTexts = summary.Select(i => SentenceShortener.TrimOpening(article.Sentences[i].Text)).ToList();
        var keyPointCount = KeyPointPicker.Count(article.Sentences.Count, maxKeyPoints);
        var keyPoints = KeyPointPicker.Pick(article, vectors, ranked, summary, summaryTexts, keyPointCount);

        return new ArticleSummary(
            SentenceSplitter.Join(summaryTexts),
            keyPoints,
            article.Texts,
            new SummaryUsage(nameof(SummaryProvider.Offline), ModelName, ModelVersion, 0, 0, 0))
        {
            Tldr = TldrPicker.Pick(article, ranked),
        };
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
