namespace Summarizer.Core.Summarization;

/// <summary>
/// Splits a long article into parts of at most a token budget on paragraph boundaries; a paragraph larger than the
/// budget is split between sentences, and a single sentence larger than the budget makes a part of its own.
/// </summary>
public static class ArticleChunker
{
    public static IReadOnlyList<IReadOnlyList<ArticleSentence>> Split(IReadOnlyList<ArticleSentence> sentences, int chunkTokens, Func<string, int> countTokens)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(countTokens);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkTokens, 1);
        var parts = new List<IReadOnlyList<ArticleSentence>>();
        var current = new List<ArticleSentence>();
        var currentTokens = 0;
        foreach (var paragraph in sentences.GroupBy(s => s.Paragraph))
        {
            var paragraphSentences = paragraph.ToList();
            var paragraphTokens = paragraphSentences.Sum(s => countTokens(s.Text) + 4);
            if (currentTokens + paragraphTokens <= chunkTokens)
            {
                current.AddRange(paragraphSentences);
                currentTokens += paragraphTokens;
                continue;
            }

            Flush();
            foreach (var sentence in paragraphSentences)
            {
                var tokens = countTokens(sentence.Text) + 4;
                if (currentTokens + tokens > chunkTokens)
                {
                    Flush();
                }

                current.Add(sentence);
                currentTokens += tokens;
            }

            if (paragraphTokens > chunkTokens)
            {
                Flush();
            }
        }

        Flush();
        return parts;

        void Flush()
        {
            if (current.Count > 0)
            {
                parts.Add(current);
                current = [];
                currentTokens = 0;
            }
        }
    }
}
