using System.Text;
using Summarizer.Core.Cleaning;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Cleaning;

public sealed class PlainTextCleaningTests
{
    private static CleanedArticle CleanSeed()
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.SeedArticle);
        return CleaningTestData.Accepted(CleaningTestData.Clean(Path.GetFileName(RepositoryPaths.SeedArticle), bytes));
    }

    [Fact]
    public void Clean_SeedTitleIsTheHeadline()
    {
        Assert.Equal("US hits hard at militias in Iraq and Syria, retaliating for fatal drone attack", CleanSeed().Title);
    }

    [Fact]
    public void Clean_PastedChineseText_KeepsItsLinesOfProse()
    {
        var article = CleaningTestData.CleanFile("pasted-chinese.txt");

        Assert.Equal("山城秋日赏枫 游客络绎不绝", article.Title);
        Assert.Equal(6, article.Blocks.Count(b => b.Kind == BlockKind.Paragraph));
        Assert.StartsWith("入秋以后一场接一场的冷空气南下", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("等待午后阳光穿过云层的时刻", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("分享", article.Text, StringComparison.Ordinal);
        Assert.Equal("zh", article.Language);
    }

    [Fact]
    public void Clean_SeedEndsWhereTheStoryEnds()
    {
        var article = CleanSeed();
        Assert.EndsWith("province of Hajjah, a Houthi stronghold.", article.Text, StringComparison.Ordinal);
        Assert.StartsWith("The U.S. military launched an air assault", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DropsMoreFromListAfterArticle()
    {
        var text = CleanSeed().Text;
        Assert.DoesNotContain("More from News 12", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Police may start issuing tickets", text, StringComparison.Ordinal);
        Assert.DoesNotContain("commencement", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1:50", text, StringComparison.Ordinal);
        Assert.DoesNotContain("—-", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DropsShareAndRelativeTimeLinesAndRepeatedHeadline()
    {
        var article = CleanSeed();
        Assert.DoesNotContain("Share:", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Updated 109 days ago", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Title, article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Blocks, b => b.Text is "Associated Press" or "Feb 2, 2024, 9:33 PM");
    }

    [Fact]
    public void Clean_SeedHeaderGivesDekBylineAndDate()
    {
        var article = CleanSeed();
        Assert.StartsWith("President Joe Biden said in a statement", article.Description, StringComparison.Ordinal);
        Assert.Equal("Associated Press", article.Byline);
        Assert.Equal(new DateTimeOffset(2024, 2, 2, 21, 33, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("en", article.Language);
        Assert.Equal("text", article.Format);
    }

    [Fact]
    public void Clean_SeedKeepsEveryStoryParagraph()
    {
        var article = CleanSeed();
        Assert.Equal(26, article.Blocks.Count);
        Assert.All(article.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void Clean_JoinsHardWrappedParagraphs()
    {
        var article = CleaningTestData.CleanFile("hard-wrapped.txt");
        Assert.Equal("Council approves the new tram line", article.Title);
        Assert.Equal(2, article.Blocks.Count);
        Assert.StartsWith("The city council voted on Tuesday night to build a tram line linking the harbour", article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', article.Blocks[0].Text);
    }

    [Fact]
    public void Clean_TextWithoutHeaderKeepsFirstParagraphInBody()
    {
        var text = "Bridge news\n\nThe bridge reopened on Thursday after a repair that took two years and cost a great deal of money.\n\nDrivers pay the same toll as before, the agency that runs the crossing said.\n";
        var article = CleaningTestData.Accepted(CleaningTestData.Clean("bridge.txt", Encoding.UTF8.GetBytes(text)));
        Assert.Equal("Bridge news", article.Title);
        Assert.Null(article.Description);
        Assert.StartsWith("The bridge reopened on Thursday", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DropsLinkListsInsideAndAfterTheStory()
    {
        var article = CleaningTestData.CleanFile("pasted-related.txt");
        Assert.Equal("Council approves the new tram line after decade of debate", article.Title);
        Assert.Equal("Jane Whitfield", article.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(4, article.Blocks.Count);
        Assert.StartsWith("The city council voted on Tuesday night", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("she told reporters after the vote.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry operator", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Storm warning", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this article", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_KeepsAListThatASentenceOfTheStoryIntroduces_AsListItems()
    {
        var text = """
            Finland tops ranking of best countries to live in

            Finland has come first in a ranking of the best places to live, ahead of its Nordic neighbour Norway.

            The survey weighed health, education, safety and income, and the overall ranking was as follows:

            1. Finland

            2. Norway

            3. Australia

            4. Canada

            The researchers said the gap between the top four countries was smaller than in any year before.

            More from World News

            Ferry strike ends after two weeks

            Storm warning for the coast tonight

            Prices rise at the fastest pace in a decade
            """;

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("ranking.txt", Encoding.UTF8.GetBytes(text)));

        Assert.Equal(["1. Finland", "2. Norway", "3. Australia", "4. Canada"], article.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text));
        Assert.EndsWith("smaller than in any year before.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry strike", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_KeepsAnIntroducedListThatEndsTheStory()
    {
        var text = """
            Obama interview: key points

            In a wide-ranging interview with the BBC on Thursday, the president set out his views on several questions:

            The UK must stay in the EU to have influence on the world stage

            He is confident the Iran nuclear deal will be passed by Congress

            Syria needs a political solution in order to defeat the Islamic State group
            """;

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("points.txt", Encoding.UTF8.GetBytes(text)));

        Assert.Equal(3, article.Blocks.Count(b => b.Kind == BlockKind.ListItem));
        Assert.EndsWith("in order to defeat the Islamic State group", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_SkipsTheSitesNavigation_AndDropsThePhotoCreditWithItsCaption()
    {
        var article = CleaningTestData.CleanFile("pasted-navigation.txt");

        Assert.Equal("Council votes to close three libraries to save £2m", article.Title);
        Assert.Equal("Jane Smith", article.Byline);
        Assert.StartsWith("A city council has voted to close three of its libraries", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("a budget gap of £40m next year.", article.Text, StringComparison.Ordinal);
        Assert.Equal(5, article.Blocks.Count);
        Assert.DoesNotContain("Getty Images", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("open since the 1960s", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_ReadsBylineBeforeAJobTitle_AndDatesWithDotTimes()
    {
        var article = CleaningTestData.CleanFile("pasted-credits.txt");

        Assert.Equal("Fishing fleets told to cut cod catch by a third", article.Title);
        Assert.Equal("Scientists say stocks in the North Sea are at their lowest level for a decade", article.Description);
        Assert.Equal("Emma Jones", article.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 14, 2, 0, TimeSpan.Zero), article.Published);
        Assert.DoesNotContain("Photograph:", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Last modified", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("set the final quota in December.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DropsVideoBlocksAdLinesAndInsets_AndKeepsTheDatelineWithItsParagraph()
    {
        var article = CleaningTestData.CleanFile("pasted-video.txt");

        Assert.Equal("Airline stocks fall as fuel prices jump to a two-year high", article.Title);
        Assert.Equal("Alex Chen, CNN", article.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 15, 45, 0, TimeSpan.Zero), article.Published);
        Assert.StartsWith("New York CNN — Shares of major US airlines fell sharply", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("contributed to this report.", article.Text, StringComparison.Ordinal);
        Assert.Equal(5, article.Blocks.Count);
        foreach (var noise in new[] { "Ad Feedback", "Link Copied", "Why fuel prices are rising again", "02:15", "Related article", "Oil prices surge", "Sign In" })
        {
            Assert.DoesNotContain(noise, article.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Clean_AnAdvertisementLineAfterTheFirstParagraph_DoesNotMakeItHeader()
    {
        var article = CleaningTestData.CleanFile("pasted-advertisement.txt");

        Assert.Equal("Senate passes bill to expand veterans’ health care", article.Title);
        Assert.Equal("LISA MARTIN", article.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 7, 18, 12, 0, TimeSpan.Zero), article.Published);
        Assert.Null(article.Description);
        Assert.StartsWith("WASHINGTON (AP) — The Senate on Thursday passed a bill", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ADVERTISEMENT", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Storms leave thousands", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DropsImageAndMediaCaptions_AndALabelIsNoByline()
    {
        var article = CleaningTestData.CleanFile("pasted-captions.txt");

        Assert.Equal("Train drivers to strike again in pay dispute", article.Title);
        Assert.Null(article.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(3, article.Blocks.Count);
        Assert.DoesNotContain("caption", article.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("PA Media", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_ADekUnderAShareButton_StaysTheDek()
    {
        var text = """
            Council approves the new tram line after decade of debate

            Share

            The vote ends ten years of argument over how to link the harbour with the university district and the airport.

            By Jane Whitfield

            March 5, 2024

            The city council voted on Tuesday night to build a tram line linking the harbour, the university and the airport.

            The line will cost £1.2bn and should open in 2031, the council said.
            """;

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("tram.txt", Encoding.UTF8.GetBytes(text)));

        Assert.StartsWith("The vote ends ten years of argument", article.Description, StringComparison.Ordinal);
        Assert.Equal("Jane Whitfield", article.Byline);
        Assert.StartsWith("The city council voted on Tuesday night", article.Text, StringComparison.Ordinal);
        Assert.Equal(2, article.Blocks.Count);
    }
}
