using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Tests.Cleaning;

public sealed class MarkdownCleaningTests
{
    private static readonly CleanedArticle Article = CleaningTestData.CleanFile("article.md");

    [Fact]
    public void Clean_MarkdownFrontMatterGivesMetadata()
    {
        Assert.Equal("Harbour bridge reopens after two-year repair", Article.Title);
        Assert.Equal("Maria Lopez", Article.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 0, 0, 0, TimeSpan.Zero), Article.Published);
        Assert.Equal("markdown", Article.Format);
    }

    [Fact]
    public void Clean_MarkdownKeepsParagraphsWithoutMarkup()
    {
        Assert.Equal(
            "The harbour bridge reopened to traffic on Thursday morning, two years after engineers closed it when inspectors found corrosion in its main cables.",
            Article.Blocks[0].Text);
        Assert.DoesNotContain("**", Article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("](", Article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("bridge.jpg", Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_MarkdownKeepsStructure()
    {
        Assert.Equal(
            [BlockKind.Paragraph, BlockKind.Heading, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Quote, BlockKind.Preformatted],
            Article.Blocks.Select(b => b.Kind));
        Assert.Equal("Wider footpaths with new lighting.", Article.Blocks[3].Text);
        Assert.Equal("toll: unchanged", Article.Blocks[5].Text);
    }
}
