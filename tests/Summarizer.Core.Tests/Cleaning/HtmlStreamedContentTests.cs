namespace Summarizer.Core.Tests.Cleaning;

/// <summary>Pages rendered by a streaming server, whose article arrives late in a hidden element a script moves into place.</summary>
public sealed class HtmlStreamedContentTests
{
    private const string Story =
        "<article><h1>Lakeside campsite to reopen</h1>"
        + "<p>The council has agreed to reopen the lakeside campsite next summer, after two years in which the site was closed for repairs to its water supply and the road that leads to it.</p>"
        + "<p>Pitches can be booked from March, and the warden said the new shower block, the shop and the boat launch would all be open by the first weekend of the season, weather permitting.</p>"
        + "<p>Campers who held bookings for the closed seasons will be offered the first choice of pitches, the council said, and their deposits will be carried over to the new season.</p></article>";

    private const string Head = "<html><head><title>Lakeside campsite to reopen - The Valley Times</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>";

    [Fact]
    public void Clean_PutsABoundaryStreamedLateInPlaceOfItsFallback()
    {
        var html = Head + "<main><!--$?--><template id=\"B:0\"></template><p class=\"skeleton\">Loading the story, please wait a moment while it arrives.</p><!--/$--></main>"
            + $"<div hidden id=\"S:0\">{Story}</div><script>$RC(\"B:0\",\"S:0\")</script></body></html>";

        var article = CleaningTestData.CleanHtml(html);

        Assert.Contains("reopen the lakeside campsite", article.Text, StringComparison.Ordinal);
        Assert.Contains("deposits will be carried over", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Loading the story", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_PutsASegmentStreamedLateInPlaceOfItsPlaceholder()
    {
        var html = Head + "<main><template id=\"P:1\"></template></main>"
            + $"<div hidden id=\"S:1\">{Story}</div><script>$RS(\"S:1\",\"P:1\")</script></body></html>";

        var article = CleaningTestData.CleanHtml(html);

        Assert.Contains("reopen the lakeside campsite", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_LeavesHiddenContentHidden_WhereNoScriptMovesIt()
    {
        var html = Head + "<main>" + Story + "</main><div hidden id=\"S:0\"><p>Draft notes for the editor: check the dates of the booking window with the council before this goes out.</p></div></body></html>";

        var article = CleaningTestData.CleanHtml(html);

        Assert.Contains("reopen the lakeside campsite", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft notes for the editor", article.Text, StringComparison.Ordinal);
    }
}
