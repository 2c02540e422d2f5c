using Summarizer.Core.Api;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Summarization;

namespace Summarizer.Core.Tests.Api;

public sealed class CleanedBlockViewTests
{
    [Fact]
    public void From_GivesEachBlockTheSentencesNumberedAsForSummarizing_AndHeadingsNone()
    {
        var article = new CleanedArticle("Title", null, null, null, "en", null, "text",
        [
            new ArticleBlock(BlockKind.Paragraph, "First sentence here. Second one follows."),
            new ArticleBlock(BlockKind.Heading, "A heading"),
            new ArticleBlock(BlockKind.Paragraph, "   "),
            new ArticleBlock(BlockKind.ListItem, "A list item."),
            new ArticleBlock(BlockKind.Quote, "A quote. And more."),
        ]);

        var blocks = CleanedBlockView.From(article);

        Assert.Equal(5, blocks.Count);
        Assert.Empty(blocks[1].Sentences);
        Assert.Empty(blocks[2].Sentences);
        Assert.Equal(
            NumberedArticle.From(article).Sentences.Select(s => (s.Index, s.Text)),
            blocks.SelectMany(b => b.Sentences).Select(s => (s.Index, s.Text)));
        Assert.Equal([0, 1], blocks[0].Sentences.Select(s => s.Index));
        Assert.Equal([2], blocks[3].Sentences.Select(s => s.Index));
        Assert.Equal([3, 4], blocks[4].Sentences.Select(s => s.Index));
    }
}
