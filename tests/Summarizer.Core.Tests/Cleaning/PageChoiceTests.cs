using System.Text;
using Microsoft.Extensions.Options;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Tests.Cleaning;

public sealed class PageChoiceTests
{
    private const string Story = "<p>The council approved the new tram line on Tuesday after a long debate about its cost, and work starts in spring.</p>"
        + "<p>The first trams are due to run through the old town within three years, the transport office said on Wednesday.</p>"
        + "<p>Shops along the route will be paid for the months of building work, the council added, after traders asked for help.</p>"
        + "<p>Opponents said the money would be better spent on buses, which already serve most of the streets the line will take.</p>";

    [Fact]
    public void Read_LoadsAHandWrittenPageChoice_ThatDecidesByItsSplit()
    {
        var classifier = HandWritten();
        var longerWhole = new float[BlockClassifier.PageFeatureCount];
        longerWhole[2] = 1;

        Assert.True(classifier.PrefersWholePage(longerWhole));
        Assert.False(classifier.PrefersWholePage(new float[BlockClassifier.PageFeatureCount]));
    }

    [Fact]
    public void Read_RefusesAFileWithoutAPageChoice()
    {
        using var stream = new MemoryStream();
        new BlockClassifier(HandWritten().Model with { PageChoice = null }).Write(stream);
        stream.Position = 0;

        var error = Assert.Throws<InvalidDataException>(() => BlockClassifier.Read(stream));
        Assert.Contains("no page choice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RefusesAPageChoiceOfOtherFeatures()
    {
        var model = HandWritten().Model;
        var otherVersion = model with { PageChoice = model.PageChoice! with { FeatureVersion = BlockClassifier.PageFeatureVersion + 1 } };
        var splitOutOfRange = model with { PageChoice = model.PageChoice! with { Trees = [new BlockClassifierTree(1, [BlockClassifier.PageFeatureCount], [0], [~0], [~1], [0, 0])] } };

        Assert.Throws<InvalidDataException>(() => new BlockClassifier(otherVersion));
        Assert.Throws<InvalidDataException>(() => new BlockClassifier(splitOutOfRange));
    }

    [Fact]
    public void Clean_TakesThePageReadWhole_WhereThePageChoicePrefersIt()
    {
        // Replies in an element named for comments, which the candidate scoring drops and the page read whole keeps.
        var replies = string.Concat(Enumerable.Range(1, 24).Select(i => $"<div class=\"comment\"><p>Reply {i}: the stoneware bowls from the market stall by the tram stop were fired twice and glazed blue</p></div>"));
        var html = $"<html><body><article><h1>The tram line</h1>{Story}</article><section class=\"comments\">{replies}</section></body></html>";

        var rulesAlone = Clean(html, null);
        var fitted = Clean(html, HandWritten());

        Assert.DoesNotContain("stoneware", rulesAlone, StringComparison.Ordinal);
        Assert.Contains("Reply 24: the stoneware bowls", fitted, StringComparison.Ordinal);
        Assert.Contains("The first trams are due", fitted, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_KeepsTheChosenArticle_WhereThePageChoiceDoesNotPreferThePage()
    {
        var html = $"<html><body><article><h1>The tram line</h1>{Story}</article><div><p>Weather: sunny, 21 degrees in the afternoon.</p></div></body></html>";

        Assert.Equal(Clean(html, null), Clean(html, HandWritten()));
    }

    private static BlockClassifier HandWritten()
    {
        using var file = File.OpenRead(Path.Combine(CleaningTestData.Folder, "page-choice-classifier.json"));
        return BlockClassifier.Read(file);
    }

    private static string Clean(string html, BlockClassifier? classifier)
    {
        var result = new ArticleCleaner(Options.Create(new CleaningOptions()), classifier).Clean(new ArticleSource("page.html", null, Encoding.UTF8.GetBytes(html)));
        return CleaningTestData.Accepted(result).Text;
    }
}
