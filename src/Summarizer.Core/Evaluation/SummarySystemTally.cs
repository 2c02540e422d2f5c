using Summarizer.Core.Summarization;

namespace Summarizer.Core.Evaluation;

/// <summary>Adds up one system's scores article by article: ROUGE of summary, TL;DR and key points, redundancy and coverage.</summary>
internal sealed class SummarySystemTally(string name)
{
    private const int Parts = 3;

    private readonly List<RougeScores> _summary = [];
    private readonly List<RougeScores> _tldr = [];
    private readonly List<RougeScores> _keyPoints = [];
    private readonly List<double> _overlap = [];
    private readonly List<double> _coverage = [];
    private int _missing;
    private int _keyPointCount;
    private int _restating;

    /// <summary>Each article's summary scores, in the order added.</summary>
    public IReadOnlyList<RougeScores> SummaryScores => _summary;

    /// <summary>Each article's TL;DR scores, in the order added.</summary>
    public IReadOnlyList<RougeScores> TldrScores => _tldr;

    public void Add(SummaryPrediction? prediction, IReadOnlyList<string> articleSentences, IReadOnlyList<string> reference)
    {
        if (prediction is null)
        {
            _missing++;
            var zero = new RougeScores(RougeScore.Zero, RougeScore.Zero, RougeScore.Zero);
            _summary.Add(zero);
            _tldr.Add(zero);
            _keyPoints.Add(zero);
            return;
        }

        var summarySentences = SentenceSplitter.Split(prediction.Summary);
        _summary.Add(RougeScorer.Score(summarySentences, reference));
        _tldr.Add(RougeScorer.Score([prediction.Tldr], reference));
        var keyPoints = prediction.KeyPoints.Where(k => !string.IsNullOrWhiteSpace(k)).ToList();
        _keyPoints.Add(RougeScorer.Score(keyPoints, reference));
        if (keyPoints.Count == 0)
        {
            return;
        }

        _keyPointCount += keyPoints.Count;
        _restating += keyPoints.Count(k => KeyPointRestatement.Restates(k, summarySentences));
        if (keyPoints.Count > 1)
        {
            _overlap.Add(MeanPairOverlap(keyPoints));
        }

        if (articleSentences.Count > 0)
        {
            var parts = keyPoints.Select(k => SourceSentence(k, articleSentences) * Parts / articleSentences.Count).Distinct().Count();
            _coverage.Add((double)parts / Parts);
        }
    }

    public SummarySystemScores ToScores() => new(
        name,
        _missing,
        RougeScores.Average(_summary),
        RougeScores.Average(_tldr),
        _keyPointCount > 0 ? RougeScores.Average(_keyPoints) : null,
        _keyPointCount > 0 ? (double)_restating / _keyPointCount : null,
        _overlap.Count > 0 ? _overlap.Average() : null,
        _coverage.Count > 0 ? _coverage.Average() : null);

    // The article sentence a key point draws on: the one holding the largest share of its words (the first on ties).
    private static int SourceSentence(string keyPoint, IReadOnlyList<string> articleSentences)
    {
        var best = 0;
        var bestShare = -1.0;
        for (var i = 0; i < articleSentences.Count; i++)
        {
            var share = KeyPointRestatement.WordShare(keyPoint, articleSentences[i]);
            if (share > bestShare)
            {
                (best, bestShare) = (i, share);
            }
        }

        return best;
    }

    private static double MeanPairOverlap(List<string> keyPoints)
    {
        var words = keyPoints.Select(k => RougeTokenizer.Tokenize(k).ToHashSet(StringComparer.Ordinal)).ToList();
        var total = 0.0;
        var pairs = 0;
        for (var i = 0; i < words.Count; i++)
        {
            for (var j = i + 1; j < words.Count; j++)
            {
                var union = words[i].Count + words[j].Count - words[i].Intersect(words[j]).Count();
                total += union == 0 ? 0 : (double)words[i].Intersect(words[j]).Count() / union;
                pairs++;
            }
        }

        return total / pairs;
    }
}
