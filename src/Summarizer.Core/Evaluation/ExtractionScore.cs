namespace Summarizer.Core.Evaluation;

/// <summary>Word-level precision, recall and F1 of extracted text against the expected text, counting repeated words.</summary>
public sealed record ExtractionScore(double Precision, double Recall, double F1)
{
    public static ExtractionScore Compute(string? expected, string? actual)
    {
        var expectedWords = WordTokenizer.Tokenize(expected);
        var actualWords = WordTokenizer.Tokenize(actual);
        if (expectedWords.Count == 0 || actualWords.Count == 0)
        {
            var both = expectedWords.Count == actualWords.Count;
            return new ExtractionScore(both ? 1 : 0, both ? 1 : 0, both ? 1 : 0);
        }

        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in expectedWords)
        {
            remaining[word] = remaining.GetValueOrDefault(word) + 1;
        }

        var overlap = 0;
        foreach (var word in actualWords)
        {
            if (remaining.TryGetValue(word, out var count) && count > 0)
            {
                remaining[word] = count - 1;
                overlap++;
            }
        }

        var precision = (double)overlap / actualWords.Count;
        var recall = (double)overlap / expectedWords.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ExtractionScore(precision, recall, f1);
    }
}
