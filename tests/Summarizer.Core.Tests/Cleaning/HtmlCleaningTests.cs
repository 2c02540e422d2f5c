using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Tests.Cleaning;

public sealed class HtmlCleaningTests
{
    private static readonly CleanedArticle News = CleaningTestData.CleanFile("news-page.html");

    [Fact]
    public void Clean_ReadsMetadataFromJsonLdOpenGraphAndPage()
    {
        Assert.Equal("Harbour bridge reopens after two-year repair", News.Title);
        Assert.Equal("Maria Lopez, Tom Berg", News.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 8, 30, 0, TimeSpan.Zero), News.Published);
        Assert.Equal("The Coastal Courier", News.Site);
        Assert.Equal("https://courier.example/news/harbour-bridge-reopens", News.Url);
        Assert.Equal("en", News.Language);
        Assert.Equal("html", News.Format);
        Assert.Equal("The crossing carries 40,000 vehicles a day.", News.Description);
    }

    [Fact]
    public void Clean_KeepsParagraphsHeadingsAndListsAsStructure()
    {
        Assert.StartsWith("The harbour bridge reopened to traffic on Thursday morning", News.Blocks[0].Text, StringComparison.Ordinal);
        Assert.Contains(News.Blocks, b => b is { Kind: BlockKind.Heading, Text: "What changed for commuters" });
        Assert.Equal(3, News.Blocks.Count(b => b.Kind == BlockKind.ListItem));
        Assert.EndsWith("which had not been possible with the original design from the 1960s.", News.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We use cookies")]
    [InlineData("Sport")]
    [InlineData("Share on Twitter")]
    [InlineData("By Maria Lopez")]
    [InlineData("23 comments")]
    [InlineData("It took them long enough")]
    [InlineData("Ferry operator cuts timetable")]
    [InlineData("All rights reserved")]
    [InlineData("Photo: Courier staff")]
    public void Clean_DropsPageFurniture(string furniture)
    {
        Assert.DoesNotContain(furniture, News.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DoesNotRepeatTheHeadlineInTheBody()
    {
        Assert.DoesNotContain(News.Blocks, b => b.Text == News.Title);
    }

    [Fact]
    public void Clean_TurnsBreakSeparatedTextIntoParagraphs()
    {
        var sentence = "The agency said the new cables would be inspected twice a year by its own engineers, and that the sensors would report any strain.";
        var html = $"<html><body><div>{sentence}<br><br>{sentence}<br/><br/>{sentence}<br><br>{sentence}</div></body></html>";
        var article = CleaningTestData.Accepted(CleaningTestData.Clean("breaks.html", System.Text.Encoding.UTF8.GetBytes(html)));
        Assert.Equal(4, article.Blocks.Count);
        Assert.All(article.Blocks, b => Assert.Equal(sentence, b.Text));
    }

    [Fact]
    public void Clean_HtmlWithoutExtensionIsSniffed()
    {
        var article = CleaningTestData.Accepted(CleaningTestData.Clean("upload", CleaningTestData.Read("news-page.html")));
        Assert.Equal("html", article.Format);
        Assert.Equal("Harbour bridge reopens after two-year repair", article.Title);
    }
}
