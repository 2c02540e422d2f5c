using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Tests.Cleaning;

public sealed class HtmlFurnitureTests
{
    private static readonly CleanedArticle Story = CleaningTestData.CleanFile("story-with-furniture.html");

    [Fact]
    public void Clean_MovesTheBylineAndUpdatedLineOfTheBodyIntoMetadata()
    {
        Assert.Equal("Jane Okafor", Story.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 5, 27, 0, TimeSpan.Zero), Story.Published);
        Assert.DoesNotContain("By Jane Okafor", Story.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("5:27", Story.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DropsTheHoverCardOfALinkedName()
    {
        Assert.Contains("where the plan was backed by Maria Duarte, who said", Story.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Councillor for the east ward", Story.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Image 1 of 8")]
    [InlineData("Caption")]
    [InlineData("TRANSPORT")]
    [InlineData("Ferry timetable cut")]
    [InlineData("Rail strike called off")]
    [InlineData("Categories:")]
    [InlineData("You may also like")]
    [InlineData("Bus fares to rise")]
    [InlineData("12 Harbour Street")]
    [InlineData("555-0143")]
    [InlineData("Copyright")]
    public void Clean_DropsGalleryLabelsTeasersAndTheSiteFooter(string furniture)
    {
        Assert.DoesNotContain(furniture, Story.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_KeepsEveryParagraphOfTheStory()
    {
        Assert.StartsWith("The city council approved the new tram line on Monday night", Story.Text, StringComparison.Ordinal);
        Assert.Contains("The line will run for eleven kilometres", Story.Text, StringComparison.Ordinal);
        Assert.Contains("Opponents said the cost", Story.Text, StringComparison.Ordinal);
        Assert.EndsWith("it will publish the route in detail next month.", Story.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DoesNotTakeASignUpBoxForTheStory()
    {
        var article = CleaningTestData.CleanFile("login-modal.html");

        Assert.StartsWith("The harbour ferry has a new skipper this week", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("registration", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_KeepsALinkListThatASentenceOfTheStoryIntroduces()
    {
        var sentence = "The council published the documents for the new tram line on Monday, and residents can read each of them online before the hearing next month:";
        var prose = "Officials said the documents would stay online until the end of the consultation, and that printed copies could be read at the central library.";
        var html = $"<html><body><article><p>{sentence}</p><p><a href=\"/a\">Route map and stops</a></p><p><a href=\"/b\">Cost estimate and funding</a></p><p><a href=\"/c\">Timetable for construction</a></p><p>{prose}</p><p>{prose}</p></article></body></html>";

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("list.html", System.Text.Encoding.UTF8.GetBytes(html)));

        Assert.Contains("Cost estimate and funding", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8407 Central Ave, Suite 2079, Newark, CA 94560", true)]
    [InlineData("Phone: +44 20 7946 0958", true)]
    [InlineData("Tel. 0161 496 0000 | Fax 0161 496 0001", true)]
    [InlineData("newsroom@courier.example", true)]
    [InlineData("The bridge carries 40,000 vehicles a day, the agency said.", false)]
    [InlineData("In 1969 the line was closed.", false)]
    public void IsContactLine_RecognisesPhonesAddressesAndEmails(string line, bool expected)
    {
        Assert.Equal(expected, BoilerplateLines.IsContactLine(line));
    }

    [Theory]
    [InlineData("5 April 2013 Last updated at 11:05 GMT", true)]
    [InlineData("April 7, 2017 04/07/2017 11:06 a.m.", true)]
    [InlineData("Updated 5:27 am", true)]
    [InlineData("Published on Tue March 4 2024 at 09:15 ET", true)]
    [InlineData("The vote was held at 5:27 am on March 4.", false)]
    [InlineData("2024 budget", false)]
    public void IsDateLine_AcceptsOnlyLinesMadeOfADateOrTime(string line, bool expected)
    {
        Assert.Equal(expected, BodyMetadataLines.IsDateLine(line));
    }

    [Fact]
    public void Clean_DropsABoxOfHeadlinesBrokenWithLineBreaksAfterTheStory()
    {
        var prose = "The harbour bridge reopened on Thursday after two years of repairs, and the first drivers across it said the new surface was quieter than the old one.";
        var box = "<p><a href=\"/a\">Ferry timetable cut for the winter months</a><br><a href=\"/b\">Cycle lanes open on the seafront road</a><br><a href=\"/c\">Rail strike called off after late talks</a><br><a href=\"/d\">Bus fares to rise in the spring</a><br><a href=\"/e\">New parking rules for the old town</a></p>";
        var html = $"<html><body><article><p>{prose}</p><p>{prose}</p><p>{prose}</p><p>{prose}</p>{box}</article></body></html>";

        var article = CleaningTestData.Accepted(CleaningTestData.Clean("box.html", System.Text.Encoding.UTF8.GetBytes(html)));

        Assert.DoesNotContain("Ferry timetable", article.Text, StringComparison.Ordinal);
        Assert.Equal(4, article.Blocks.Count);
    }
}
