using Summarizer.Core.Cleaning;
using Summarizer.Core.Summarization;

namespace Summarizer.Core.Api;

/// <summary>
/// One block of a cleaned article with the numbered sentences it holds, numbered as for summarizing, so that a reader
/// can find the sentences a key point cites. Headings hold no numbered sentences.
/// </summary>
public sealed record CleanedBlockView(BlockKind Kind, string Text, IReadOnlyList<ArticleSentence> Sentences)
{
    /// <summary>The article's blocks in reading order, each with its sentences from <see cref="NumberedArticle.From"/>.</summary>
    public static IReadOnlyList<CleanedBlockView> From(CleanedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var paragraphs = NumberedArticle.From(article).Sentences.ToLookup(s => s.Paragraph);
        var paragraph = 0;
        var blocks = new List<CleanedBlockView>(article.Blocks.Count);
        foreach (var block in article.Blocks)
        {
            // NumberedArticle counts a paragraph for each non-heading block that has at least one sentence.
            var sentences = block.Kind == BlockKind.Heading || SentenceSplitter.Split(block.Text).Count == 0
                ? []
                : paragraphs[paragraph++].ToList();
            blocks.Add(new CleanedBlockView(block.Kind, block.Text, sentences));
        }

        return blocks;
    }
}
