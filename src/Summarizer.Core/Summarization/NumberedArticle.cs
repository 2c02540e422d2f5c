using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Summarization;

/// <summary>An article's body as numbered sentences, the unit that summaries and key points are grounded in.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Language">The ISO 639-1 language code, if known.</param>
/// <param name="Sentences">The body's sentences in reading order; headings are left out.</param>
public sealed record NumberedArticle(string Title, string? Language, IReadOnlyList<ArticleSentence> Sentences)
{
    /// <summary>Numbers the sentences of a cleaned article's paragraphs, list items and quotes.</summary>
    public static NumberedArticle From(CleanedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = new List<ArticleSentence>();
        var paragraph = 0;
        foreach (var block in article.Blocks.Where(b => b.Kind != BlockKind.Heading))
        {
            var before = sentences.Count;
            foreach (var text in SentenceSplitter.Split(block.Text))
            {
                sentences.Add(new ArticleSentence(sentences.Count, paragraph, text));
            }

            if (sentences.Count > before)
            {
                paragraph++;
            }
        }

        return new NumberedArticle(article.Title, article.Language, sentences);
    }

    /// <summary>The sentence texts in order, as stored in <see cref="ArticleSummary.Sentences"/>.</summary>
    public IReadOnlyList<string> Texts => Sentences.Select(s => s.Text).ToList();
}
