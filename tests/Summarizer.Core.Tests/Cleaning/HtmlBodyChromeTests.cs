using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Tests.Cleaning;

/// <summary>
/// What pages set among a story's paragraphs without being its text: captions with their credits, embedded social
/// posts, glued tag lists, post meta data, unfilled templates, bylines and disclaimers. Markup written for these tests.
/// </summary>
public sealed class HtmlBodyChromeTests
{
    private const string Story = CleaningTestData.LighthouseStory;

    private const string LastSentence = "it would now shine every night.";

    private static CleanedArticle Clean(string body) =>
        CleaningTestData.CleanHtml($"<html><head><title>Lighthouse lit again</title></head><body><article><h1>Lighthouse lit again</h1>{body}</article></body></html>");

    [Fact]
    public void Clean_DropsCaptionsThatEndWithTheirPhotoCredit()
    {
        var captions = "<p>Keepers climb the stairs of the tower before the lamp is lit. Photo: Jane Roe/Coast Pictures</p>"
            + "<p>The old lamp on the quay, in 1981. (AP Photo/John Roe, File)</p>"
            + "<p>Fishermen watch the light from the harbour wall.Reuters</p>";

        var article = Clean(Story + captions + Story);

        Assert.DoesNotContain("Keepers climb", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("old lamp on the quay", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fishermen watch", article.Text, StringComparison.Ordinal);
        Assert.EndsWith(LastSentence, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DropsCaptionsThatStartWithTheirPictureLabel()
    {
        var captions = "<p>Image caption The pier at dusk, seen from the beach</p><p>Image copyright Coast Pictures</p>"
            + "<p>Enlarge / The rebuilt lamp, with parts from the old one.</p><p>Image 3: The lamp room before the storm</p>";

        var article = Clean(Story + captions + Story);

        Assert.DoesNotContain("pier at dusk", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Coast Pictures", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("rebuilt lamp", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("lamp room", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Residents gathered near the pier after the storm. Photo: Jane Roe/Getty Images", true)]
    [InlineData("Keepers at work, in 2000. (Harbour Trust Photo / John Roe)", true)]
    [InlineData("A keeper at the top of the tower | Photo by John Roe", true)]
    [InlineData("Living corals on a reef off the coast (photo by J. Roe).", false)]
    [InlineData("She showed the trust a photo: the lamp had been dark for a week.", false)]
    [InlineData("Photo by John Roe", false)]
    public void IsCaption_RecognisesACaptionByItsCredit(string line, bool expected)
    {
        Assert.Equal(expected, CaptionLines.IsCaption(line));
    }

    [Fact]
    public void Clean_DropsAnEmbeddedPostWithItsAttributionButKeepsTheParagraphBeforeIt()
    {
        var quote = "<p>We have waited a year for this light, and the whole town came out to see it, the trust wrote.</p>";
        var post = "<blockquote class=\"embedded-post\"><p>The north pier light is back on tonight after the storm!</p>— Harbour Trust (@harbourtrust) <a href=\"/status/1\">March 18, 2017</a></blockquote>";

        var article = Clean(Story + quote + post + Story);

        Assert.Contains("We have waited a year for this light", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("back on tonight", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("@harbourtrust", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DropsAFeedOfPostsEndingWithShortLinks()
    {
        var feed = "<ul><li>Our new edition is out, with the storm special and the lighthouse... fb.me/8s6irZcoc</li>"
            + "<li>Who saw the lamp come on tonight? pic.twitter.com/x1y2z3</li><li>@harbourgazette</li></ul>";

        var article = Clean(Story + Story + feed);

        Assert.DoesNotContain("fb.me", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("pic.twitter.com", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("@harbourgazette", article.Text, StringComparison.Ordinal);
        Assert.EndsWith(LastSentence, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DropsATagListWhoseLinksRunTogether()
    {
        var tags = "<p><a href=\"/tag/lighthouse\">Lighthouse</a><a href=\"/tag/north-pier\">North Pier</a><a href=\"/tag/harbour-trust\">Harbour Trust</a><a href=\"/tag/storms\">Storms</a></p>";

        var article = Clean(Story + tags + Story);

        Assert.DoesNotContain("LighthouseNorth Pier", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_KeepsLinksWrittenWithSpacesBetweenThem()
    {
        var links = "<p><a href=\"/a\">Lighthouse</a>, <a href=\"/b\">North Pier</a>, <a href=\"/c\">Harbour Trust</a> and <a href=\"/d\">Storms</a> are all on the map.</p>";

        var article = Clean(Story + links + Story);

        Assert.Contains("Lighthouse, North Pier, Harbour Trust and Storms", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DropsPostMetaLinesAndPreviousNextLinks()
    {
        var meta = "<p>Mar 21 • NEWS, Harbour • No Comments on Lighthouse lit again</p>"
            + "<p>This entry was posted on March 3, 2008 at 7:14 pm and is filed under News, Harbour. You can follow any responses to this entry through the RSS 2.0 feed.</p>"
            + "<p>« Ferry timetable cut for winter   Rail strike called off »</p>";

        var article = Clean(Story + Story + meta);

        Assert.DoesNotContain("No Comments", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("This entry was posted", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry timetable", article.Text, StringComparison.Ordinal);
        Assert.EndsWith(LastSentence, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DropsLinesHoldingUnfilledTemplatePlaceholders()
    {
        var article = Clean(Story + "<p>This story appears in the {{article.magazine.date}} issue of {{article.magazine.name}}. Subscribe</p>" + Story);

        Assert.DoesNotContain("{{", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_TakesABylineAndDateLineUnderTheStoryIntoMetadata()
    {
        var article = Clean(Story + Story + "<p>By Jane Roe | 02:30 PM ET, 08/15/2012</p>");

        Assert.Equal("Jane Roe", article.Byline);
        Assert.Equal(new DateTimeOffset(2012, 8, 15, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.EndsWith(LastSentence, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_TakesADateLineWhosePartsAreSetApartByABar()
    {
        var article = Clean("<p>Last Updated: Saturday, January 12, 2008 | 1:58 AM ET</p>" + Story + Story);

        Assert.StartsWith("The lighthouse on the north pier", article.Text, StringComparison.Ordinal);
        Assert.Equal(2008, article.Published?.Year);
    }

    [Theory]
    [InlineData("Opinions expressed by Gazette contributors are their own.", true)]
    [InlineData("This material may not be published, broadcast, rewritten or redistributed.", true)]
    [InlineData("The Gazette is not responsible for the content of external internet sites", true)]
    [InlineData("The opinions expressed at the meeting were mixed, the chairman said.", false)]
    public void IsLegalNotice_RecognisesDisclaimers(string line, bool expected)
    {
        Assert.Equal(expected, BoilerplateLines.IsLegalNotice(line));
    }

    [Fact]
    public void Clean_DropsAnAgencyCreditAndAPullQuoteLabel()
    {
        var chrome = "<p>(Jane Roe/AP)</p><p>(John Roe/Getty Images for Harbour Trust)</p><p>End Quote Jane Roe Chief Executive, Harbour Trust</p>";

        var article = Clean(Story + chrome + Story);

        Assert.DoesNotContain("Roe", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DropsAnUnexpandedShortcode()
    {
        var article = Clean(Story + "<p>[signup form=1630175]</p>" + Story);

        Assert.DoesNotContain("signup", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Story continues below", true)]
    [InlineData("Report Typo/Error", true)]
    [InlineData("Email to a Friend | View Popular", true)]
    [InlineData("Already have an account? Log in", true)]
    [InlineData("The story continues below the harbour wall.", false)]
    [InlineData("Harbour | Pier", false)]
    public void IsBoilerplate_RecognisesButtonsAndRowsOfButtons(string line, bool expected)
    {
        Assert.Equal(expected, BoilerplateLines.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("You may also be interested in:", true)]
    [InlineData("RELATED BBC LINKS:", true)]
    [InlineData("Related internet links", true)]
    [InlineData("Related to the storm", false)]
    public void IsTailMarker_RecognisesHeadingsOfRelatedLinks(string line, bool expected)
    {
        Assert.Equal(expected, BoilerplateLines.IsTailMarker(line));
    }

    [Fact]
    public void IsDateLine_ReadsADayMonthCommaYearDate()
    {
        Assert.True(BoilerplateLines.IsDateLine("22 January, 2008"));
    }

    [Fact]
    public void Clean_DropsALinkedHeadlineBehindACapitalKickerBetweenParagraphs()
    {
        var teaser = "<p><a href=\"/ferry\">FERRY NEWS: Island crossings cut to two a day for the winter</a></p>";
        var quote = "<p>WARNING: the pier will be closed to walkers while the lamp is tested, the trust said.</p>";

        var article = Clean(Story + teaser + quote + Story);

        Assert.DoesNotContain("Island crossings", article.Text, StringComparison.Ordinal);
        Assert.Contains("WARNING: the pier will be closed", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void IsBoilerplate_RecognisesTheFeedButton()
    {
        Assert.True(BoilerplateLines.IsBoilerplate("RSS"));
    }

    [Fact]
    public void Clean_CutsOneSentenceBlurbsUnderAMostPopularHeading()
    {
        var blurbs = "<h3>Most popular</h3><p>The island ferry will sail twice a day from November, the operator said.</p>"
            + "<p>A reader borrowed a friend's car and got a big surprise at the petrol station.</p>"
            + "<p>Train drivers have called off next week's strike after late talks ...</p>";

        var article = Clean(Story + Story + blurbs);

        Assert.EndsWith(LastSentence, article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Monday, August 11th, 2025 at 11:00 am | Categories: Harbour, Lighthouses |", true)]
    [InlineData("| Tags: North Pier, Harbour Trust, Storms", true)]
    [InlineData("Mar 21 • NEWS, Harbour • 3 Comments", true)]
    [InlineData("Harbour | Categories of boats moored at the pier", false)]
    public void IsPostMeta_RecognisesRowsOfDateCategoriesAndComments(string line, bool expected)
    {
        Assert.Equal(expected, BoilerplateLines.IsPostMeta(line));
    }

    [Theory]
    [InlineData("Caption: The keepers at the top of the tower")]
    [InlineData("Featured Image: Jane Roe/Harbour Gazette")]
    public void IsCaption_RecognisesACaptionLabel(string line)
    {
        Assert.True(CaptionLines.IsCaption(line));
    }

    [Theory]
    [InlineData("Printable Version")]
    [InlineData("Reprints")]
    [InlineData("Comment on Facebook")]
    [InlineData("Scroll down to read more:")]
    [InlineData("CONTINUED 1 | 2 Next")]
    public void IsBoilerplate_RecognisesPrintAndPageButtons(string line)
    {
        Assert.True(BoilerplateLines.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("Twitter: @harbourtrust", true)]
    [InlineData("@harbourtrust", true)]
    [InlineData("Write to the trust: @harbourtrust", false)]
    public void IsPostLine_RecognisesAHandleWithItsNetwork(string line, bool expected)
    {
        Assert.Equal(expected, SocialPostLines.IsPostLine(line));
    }
}
