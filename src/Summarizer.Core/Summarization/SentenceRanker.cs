namespace Summarizer.Core.Summarization;

/// <summary>
/// Scores an article's sentences without supervision: a lead prior, a position-aware centrality in the spirit of
/// PACSUM (a sentence that later sentences echo introduces them; one that only echoes earlier ones repeats), the
/// overlap with the headline, and a quality factor that holds back page furniture and fragments.
/// </summary>
internal static class SentenceRanker
{
    private const double ForwardWeight = 1.0;
    private const double BackwardWeight = -0.3;
    private const double EdgeThreshold = 0.05;
    private const double LeadWeight = 1.0;
    private const double CentralityWeight = 0.15;
    private const double TitleWeight = 0.15;
    private const double HeadlineRepeat = 0.85;

    // Centrality compares every pair, so it is computed among the first sentences only: far enough for any news
    // article, and it keeps a pathological upload (a megabyte of one-line sentences) from taking minutes.
    private const int MaxCentralitySentences = 300;

    public static RankedSentences Rank(NumberedArticle article, TermVectors vectors)
    {
        var count = article.Sentences.Count;
        var (directed, undirected) = Centrality(vectors, count);
        var hasTitle = vectors.Title.Count > 0;
        var contentRank = 0;
        var scores = new double[count];
        var qualities = new double[count];
        var titles = new double[count];
        var ranks = new int[count];
        for (var i = 0; i < count; i++)
        {
            var title = hasTitle ? vectors.TitleSimilarity(i) : 0;
            var quality = SentenceQuality.Of(article.Sentences[i].Text, vectors.Terms[i].Count);
            if (title > HeadlineRepeat)
            {
                // The headline printed again in the body.
                quality *= 0.05;
            }

            // The lead prior (1, 1/2, 1/3, …) dominates, as news puts the gist first; centrality and the headline
            // reorder sentences of similar rank. It counts only sentences fit to summarize, so a byline or
            // time stamp above the lead does not push the lead down.
            ranks[i] = contentRank;
            var lead = 1.0 / (1 + contentRank);
            if (quality >= 0.5)
            {
                contentRank++;
            }

            scores[i] = quality * ((LeadWeight * lead) + (CentralityWeight * directed[i]) + (TitleWeight * title));
            qualities[i] = quality;
            titles[i] = title;
        }

        return new RankedSentences(scores, qualities, undirected, titles, ranks);
    }

    private static (double[] Directed, double[] Undirected) Centrality(TermVectors vectors, int total)
    {
        var directed = new double[total];
        var undirected = new double[total];
        var count = Math.Min(total, MaxCentralitySentences);
        for (var i = 0; i < count; i++)
        {
            for (var j = i + 1; j < count; j++)
            {
                var edge = Math.Max(0, vectors.Similarity(i, j) - EdgeThreshold);
                directed[i] += edge * ForwardWeight;
                directed[j] += edge * BackwardWeight;
                undirected[i] += edge;
                undirected[j] += edge;
            }
        }

        Normalize(directed, count);
        Normalize(undirected, count);
        return (directed, undirected);
    }

    private static void Normalize(double[] values, int count)
    {
        var max = values.Take(count).DefaultIfEmpty(0).Max();
        var min = values.Take(count).DefaultIfEmpty(0).Min();
        var range = max - min;
        for (var i = 0; i < count; i++)
        {
            values[i] = range > 0 ? (values[i] - min) / range : 0;
        }
    }
}
