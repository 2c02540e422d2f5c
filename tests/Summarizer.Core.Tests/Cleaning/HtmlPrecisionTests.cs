using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Tests.Cleaning;

/// <summary>Pages whose story is short or set among furniture that looks like text: markup written for these tests.</summary>
public sealed class HtmlPrecisionTests
{
    private const string ShortStory = CleaningTestData.LighthouseStory;

    private static CleanedArticle Clean(string html) => CleaningTestData.CleanHtml(html);

    [Fact]
    public void Clean_KeepsAShortStoryAboveALongerCommentThread()
    {
        var comment = "<p>I remember when the lamp went dark, and I think the trust should have acted much sooner, because the pier is used by fishermen every night of the year, in every season, and they need it.</p>";
        var thread = $"<div id=\"comments\"><h2>Comments</h2><div class=\"comment-thread\">{string.Concat(Enumerable.Repeat(comment, 6))}</div></div>";
        var html = $"<html><body><div class=\"post\"><h1>Lighthouse lit again</h1>{ShortStory}</div>{thread}</body></html>";

        var article = Clean(html);

        Assert.StartsWith("The lighthouse on the north pier was lit again", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("I remember when the lamp went dark", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_KeepsAPictureStoryWhoseLinkedCaptionsOutweighItsText()
    {
        var picture = "<dl class=\"gallery-item\"><dt><a href=\"/photos/pier-{0}.jpg\"><img src=\"/photos/pier-{0}.jpg\" alt=\"\"></a></dt><dd><a href=\"/photos\">Photograph {0} of the pier from the harbour trust archive</a></dd></dl>";
        var pictures = string.Concat(Enumerable.Range(1, 12).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, picture, i)));
        var about = "<p>The Harbour Gazette is written by volunteers, printed on recycled paper, and delivered free to every house in the old town, the marina and the villages along the coast.</p>";
        var sidebar = $"<div class=\"sidebar\"><h3>About us</h3>{about}{about}{about}</div>";
        var html = $"<html><body><div id=\"page\"><div class=\"entry\">{ShortStory}{pictures}<p>The trust will hold an open day at the lighthouse next month.</p></div>{sidebar}</div></body></html>";

        var article = Clean(html);

        Assert.StartsWith("The lighthouse on the north pier was lit again", article.Text, StringComparison.Ordinal);
        Assert.Contains("The trust will hold an open day at the lighthouse next month.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour Gazette", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(Back to top)")]
    [InlineData("[Top]")]
    [InlineData("Continue reading the main story")]
    [InlineData("Continue Reading Below")]
    [InlineData("Check Price on Amazon")]
    [InlineData("[ | E-mail Article ]")]
    public void IsBoilerplate_RecognisesButtonsAlsoInBrackets(string line)
    {
        Assert.True(BoilerplateLines.IsBoilerplate(line));
    }

    [Theory]
    [InlineData("Continue reading to learn why the council changed its mind.")]
    [InlineData("The top of the tower was lit at dusk.")]
    public void IsBoilerplate_KeepsSentencesThatStartLikeButtons(string line)
    {
        Assert.False(BoilerplateLines.IsBoilerplate(line));
    }

    [Fact]
    public void IsBoilerplate_RecognisesALongListOfCategories()
    {
        var terms = string.Join(", ", Enumerable.Range(1, 60).Select(i => $"Harbour topic {i}"));

        Assert.True(BoilerplateLines.IsBoilerplate($"Categories: {terms}"));
        Assert.False(BoilerplateLines.IsBoilerplate($"Categories: {string.Concat(Enumerable.Repeat("the harbour trust said that the lamp would shine again every night of the year ", 8))}"));
    }

    [Fact]
    public void Clean_EndsTheStoryAtAnAuthorBoxHeadedWithTheAuthorsName()
    {
        var bio = "<p>Jane Okafor founded this blog because she was tired of reading about harbours written by people who had never sailed, and she writes about boats, lighthouses, tides and anything else that floats.</p>";
        var html = $"<html><body><article>{ShortStory}{ShortStory}<h3>About Jane Okafor</h3>{bio}<p><a href=\"/jane\">Google+</a></p></article></body></html>";

        var article = Clean(html);

        Assert.EndsWith("it would now shine every night.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("founded this blog", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("About Jane Okafor", true)]
    [InlineData("About Us", false)]
    [InlineData("About the new tram line", false)]
    public void IsNamedAuthorBoxHeading_WantsAName(string heading, bool expected)
    {
        Assert.Equal(expected, BoilerplateLines.IsNamedAuthorBoxHeading(heading));
    }

    [Fact]
    public void Clean_DropsLinkedQuestionHeadlinesAfterTheStory()
    {
        var teasers = "<p><a href=\"/a\">Will the ferry to the islands run again this winter?</a></p>"
            + "<p><a href=\"/b\">What is it about old lighthouses that draws such big crowds?</a></p>"
            + "<p><a href=\"/c\">Why did the harbour trust wait so long to fix the lamp?</a></p>";
        var html = $"<html><body><article>{ShortStory}{ShortStory}{teasers}</article></body></html>";

        var article = Clean(html);

        Assert.EndsWith("it would now shine every night.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ferry", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_KeepsLinkedReferencesEndingWithAFullStop()
    {
        var references = "<p><a href=\"/a\">The harbour trust's report on the storm damage to the north pier.</a></p>"
            + "<p><a href=\"/b\">Minutes of the council meeting that approved the repairs to the lamp.</a></p>"
            + "<p><a href=\"/c\">The lighthouse keepers' association on the history of the north pier.</a></p>";
        var html = $"<html><body><article>{ShortStory}{ShortStory}<h2>Sources</h2>{references}</article></body></html>";

        var article = Clean(html);

        Assert.Contains("Minutes of the council meeting", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DropsSummariesOfOtherStoriesEndingWithTheirFullStoryLink()
    {
        var teasers = "<h4><a href=\"/a\">Ferry timetable cut for winter</a></h4><p>The island ferry will sail twice a day from November, the operator said, after a summer of empty crossings. <a href=\"/a\">Full Story</a></p>"
            + "<h4><a href=\"/b\">Rail strike called off</a></h4><p>Train drivers have called off next week's strike after late talks with the operator over pay and hours. <a href=\"/b\">Full Story</a></p>";
        var html = $"<html><body><article>{ShortStory}{ShortStory}<h3>Also in the news</h3>{teasers}</article></body></html>";

        var article = Clean(html);

        Assert.EndsWith("it would now shine every night.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("island ferry", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Train drivers", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Holiday shoppers will soon get a first look at the new console. Read more...", true)]
    [InlineData("Newcastle were held to a draw by Stoke in the cup. Full Story", true)]
    [InlineData("She said she would read more about the harbour's history.", false)]
    public void EndsWithMoreLink_RecognisesASummaryEndingWithItsLink(string line, bool expected)
    {
        Assert.Equal(expected, BoilerplateLines.EndsWithMoreLink(line));
    }

    [Theory]
    [InlineData("HarbourNet™ is a trade mark of Coastal Newspapers Limited.", true)]
    [InlineData("Other trademarks and product names are the property of their respective owners.", true)]
    [InlineData("Please read our Terms and Conditions and Privacy Statement before using this site.", true)]
    [InlineData("This page is best viewed in an up-to-date web browser with style sheets enabled. While you can read it in your browser, you will not see the full layout.", true)]
    [InlineData("The harbour trust published its privacy policy on Monday after complaints from residents.", false)]
    [InlineData("The company filed a petition with the Patent and Trademark Office in October.", false)]
    public void IsLegalNotice_RecognisesTrademarkTermsAndBrowserNotices(string line, bool expected)
    {
        Assert.Equal(expected, BoilerplateLines.IsLegalNotice(line));
    }

    [Fact]
    public void Clean_DropsTheLegalFooterUnderTheStory()
    {
        var footer = "<p>Please read our Terms and Conditions and Privacy Statement before using this site.</p><p>HarbourNet™ is a trade mark of Coastal Newspapers Limited.</p>";
        var html = $"<html><body><article>{ShortStory}{ShortStory}{footer}</article></body></html>";

        var article = Clean(html);

        Assert.EndsWith("it would now shine every night.", article.Text, StringComparison.Ordinal);
    }
}
