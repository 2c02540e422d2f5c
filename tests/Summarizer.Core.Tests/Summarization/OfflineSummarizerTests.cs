using System.Text.Json;
using Summarizer.Core.Summarization;

namespace Summarizer.Core.Tests.Summarization;

public sealed class OfflineSummarizerTests
{
    private readonly OfflineSummarizer _summarizer = new();

    [Fact]
    public void Summarize_GivesThreeSentencesAndKeyPointsCitingArticleSentences()
    {
        var article = NumberedArticle.From(TestArticles.News("heatwave-power"));

        var summary = _summarizer.Summarize(article);

        Assert.Equal(3, SentenceSplitter.Split(summary.Summary).Count);
        Assert.InRange(summary.KeyPoints.Count, 3, 7);
        Assert.All(summary.KeyPoints, point =>
        {
            var index = Assert.Single(point.Sentences);
            Assert.Equal(summary.Sentences[index], point.Text);
        });
        Assert.Equal(article.Texts, summary.Sentences);
    }

    [Fact]
    public void Summarize_IsDeterministic()
    {
        var first = _summarizer.Summarize(NumberedArticle.From(TestArticles.Seed()));
        var second = new OfflineSummarizer().Summarize(NumberedArticle.From(TestArticles.Seed()));

        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(second));
    }

    [Fact]
    public void Summarize_SkipsBylineAndTimeStampAboveTheLead()
    {
        var summary = _summarizer.Summarize(NumberedArticle.From(TestArticles.News("bridge-closure")));

        Assert.StartsWith("The Harlow River bridge, the only road link", summary.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("By Maria Keller", summary.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Updated 3 hours ago", summary.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_SkipsBylineAndStampsRunIntoTheFirstParagraph()
    {
        var lines = File.ReadAllText(TestArticles.DataPath("byline-stamps-article.txt")).Split('\n', 2);
        var article = NumberedArticle.From(TestArticles.FromText(lines[0], lines[1]));

        var summary = _summarizer.Summarize(article);

        Assert.StartsWith("A bishop in North Dakota has asked parishioners to pray for rain", summary.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("PUBLISHED", summary.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Scroll down", summary.Summary, StringComparison.Ordinal);
        Assert.All(summary.KeyPoints, k => Assert.DoesNotContain("EST", k.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_DropsANearRepeatOfAChosenSentence()
    {
        var article = NumberedArticle.From(TestArticles.FromText(
            "Council approves new park",
            """
            The city council approved a new riverside park on Monday after a two-year debate.
            The city council on Monday approved the new riverside park after two years of debate.
            The park will cover 12 acres and include a playground, a skate park and a boat ramp.
            Construction will start in May and cost about $9 million.
            Residents will be able to suggest names for the park until the end of the month.
            """));

        var summary = _summarizer.Summarize(article);

        Assert.Contains(article.Sentences[0].Text, summary.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Sentences[1].Text, summary.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_HonoursTheConfiguredSummaryLength()
    {
        var summary = new OfflineSummarizer(summarySentences: 2, maxKeyPoints: 3).Summarize(NumberedArticle.From(TestArticles.Seed()));

        Assert.Equal(2, SentenceSplitter.Split(summary.Summary).Count);
        Assert.Equal(3, summary.KeyPoints.Count);
    }

    [Fact]
    public void Summarize_KeepsSeedArticleSentencesWhole()
    {
        var article = NumberedArticle.From(TestArticles.Seed());

        Assert.Contains("The Iraqi border is only 6 miles (10 kilometers) away.", article.Texts);
        Assert.Contains(article.Texts, s => s.StartsWith("The strikes took place over about 30 minutes", StringComparison.Ordinal) && s.EndsWith("director of the Joint Staff.", StringComparison.Ordinal));
        Assert.Contains(article.Texts, s => s.StartsWith("As of Tuesday, Iran-backed militia groups", StringComparison.Ordinal) && s.EndsWith("according to a U.S. military official.", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_EmptyArticleIsAPermanentFailure()
    {
        var error = Assert.Throws<SummarizationException>(() => _summarizer.Summarize(new NumberedArticle("Empty", "en", [])));

        Assert.False(error.IsTransient);
    }
}
