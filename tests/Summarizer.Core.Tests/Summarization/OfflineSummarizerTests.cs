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
            AssertGrounded(point.Text, summary.Sentences[index]);
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

    [Theory]
    [InlineData("seed")]
    [InlineData("heatwave-power")]
    [InlineData("bridge-closure")]
    public void Summarize_NoKeyPointRestatesASummarySentence(string name)
    {
        var article = NumberedArticle.From(name == "seed" ? TestArticles.Seed() : TestArticles.News(name));

        var summary = _summarizer.Summarize(article);

        var summarySentences = SentenceSplitter.Split(summary.Summary);
        Assert.NotEmpty(summary.KeyPoints);
        Assert.All(summary.KeyPoints, point => Assert.False(
            KeyPointRestatement.Restates(point.Text, summarySentences),
            $"\"{point.Text}\" restates the summary."));
    }

    [Fact]
    public void Summarize_SpreadsKeyPointsOverTheWholeSeedInReadingOrder()
    {
        var article = NumberedArticle.From(TestArticles.Seed());

        var summary = _summarizer.Summarize(article);

        var cited = summary.KeyPoints.Select(k => Assert.Single(k.Sentences)).ToList();
        Assert.Equal(cited.Order(), cited);
        var count = article.Sentences.Count;
        Assert.Contains(cited, i => i >= count / 2 && i < count * 2 / 3);
        Assert.Contains(cited, i => i >= count * 2 / 3);
        Assert.Contains(summary.KeyPoints, k => k.Text.Contains("blamed the Islamic Resistance in Iraq", StringComparison.Ordinal));
        Assert.Contains(summary.KeyPoints, k => k.Text.Contains("166 attacks", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_TrimsLeadingConnectivesFromKeyPointsAndSummary()
    {
        var article = NumberedArticle.From(TestArticles.FromText(
            "Council approves new park",
            """
            The city council approved a new riverside park on Monday after a two-year debate.
            The park will cover 12 acres and include a playground, a skate park and a boat ramp.
            And construction will start in May and cost about $9 million, the city said.
            But residents will be able to suggest names for the park until the end of the month.
            However, two council members voted against the plan because of its cost to taxpayers.
            The mayor said the park would open in the summer of next year if the weather allows.
            """));

        var summary = new OfflineSummarizer(summarySentences: 2, maxKeyPoints: 3).Summarize(article);

        var texts = summary.KeyPoints.Select(k => k.Text).Append(summary.Summary).ToList();
        Assert.DoesNotContain(texts, t => t.StartsWith("And ", StringComparison.Ordinal) || t.StartsWith("But ", StringComparison.Ordinal) || t.StartsWith("However", StringComparison.Ordinal));
        Assert.Contains(summary.KeyPoints, k => k.Text.StartsWith("Two council members voted against", StringComparison.Ordinal));
        Assert.All(summary.KeyPoints, k => AssertGrounded(k.Text, article.Sentences[k.Sentences[0]].Text));
    }

    [Fact]
    public void Summarize_GivesAboutOneKeyPointForEveryTenSentences()
    {
        var article = NumberedArticle.From(TestArticles.Seed());

        var summary = _summarizer.Summarize(article);

        Assert.Equal(article.Sentences.Count / 10, summary.KeyPoints.Count);
        Assert.Equal(3, _summarizer.Summarize(NumberedArticle.From(TestArticles.News("heatwave-power"))).KeyPoints.Count);
    }

    [Fact]
    public void Summarize_ShortensKeyPointsWhereThatIsSafe()
    {
        var article = NumberedArticle.From(TestArticles.FromText(
            "Council approves new park",
            """
            The city council approved a new riverside park on Monday after a two-year debate.
            The park will cover 12 acres and include a playground, a skate park and a boat ramp.
            Construction will start in May and cost about $9 million, the city's finance director said.
            Residents will be able to suggest names for the park on the city's website until the end of the month, which is when the council will hold a public vote on the three most popular names and announce the winner.
            Two council members voted against the plan because of its cost to taxpayers.
            """));

        var summary = new OfflineSummarizer(summarySentences: 2, maxKeyPoints: 3).Summarize(article);

        Assert.Equal(
            [
                "Construction will start in May and cost about $9 million.",
                "Residents will be able to suggest names for the park on the city's website until the end of the month.",
                "Two council members voted against the plan because of its cost to taxpayers.",
            ],
            summary.KeyPoints.Select(k => k.Text));
        Assert.Equal([2, 3, 4], summary.KeyPoints.Select(k => Assert.Single(k.Sentences)));
        Assert.All(summary.KeyPoints, k => Assert.InRange(SentenceShortener.WordCount(k.Text), 6, 30));
    }

    [Fact]
    public void Summarize_TakesANarratedKeyPointBeforeAQuotationWithoutItsSpeaker()
    {
        var article = NumberedArticle.From(TestArticles.FromText(
            "Harbour bridge reopens after repair",
            """
            The harbour bridge reopened to traffic on Thursday after a repair that took two years.
            The bridge carries forty thousand cars a day between the old town and the port.
            Engineers replaced the steel cables and resurfaced the whole deck of the bridge.
            The repair cost the city twelve million pounds, twice the first estimate.
            Mayor Ann Hale thanked the engineers at a ceremony on the bridge on Thursday.
            "The bridge is the heart of this city," she told the crowd.
            We waited two years for the bridge and the traffic in the old town was terrible every day.
            Ferry operators lost passengers as soon as the bridge reopened.
            Tolls stay at two pounds for cars and one pound for motorbikes.
            A cycle lane on the bridge will open in the spring.
            Shops near the port expect more customers now that the bridge is open.
            The council will inspect the bridge cables every six months from now on.
            """));

        var summary = new OfflineSummarizer(summarySentences: 2, maxKeyPoints: 3).Summarize(article);

        // The middle stretch (sentences 4 to 7) gives the mayor's thanks, not the speakerless "We waited…".
        Assert.Equal([3, 4, 8], summary.KeyPoints.Select(k => Assert.Single(k.Sentences)));
    }

    [Fact]
    public void Summarize_SplitsAndSummarizesChineseByItsOwnSentences()
    {
        var article = NumberedArticle.From(TestArticles.FromText(
            "城市新建跨江大桥正式通车",
            "本市新建的跨江大桥于周四上午正式通车，工程历时两年，总投资约十二亿元。大桥全长三千二百米，双向六车道，设计时速八十公里。"
            + "通车后，从江北新区到老城区的车程由四十分钟缩短到十五分钟。市长在通车仪式上感谢了参与建设的工人和工程师。"
            + "大桥采用了新型钢索结构，可以抵御十二级台风。工程期间，施工方克服了汛期水位上涨和冬季低温等困难。"
            + "交通部门表示，大桥每天预计通行车辆四万辆。过江轮渡的乘客数量预计将明显减少，轮渡公司正在考虑调整航线。"
            + "大桥两侧设有人行道和自行车道，将于明年春天开放。沿江商户期待大桥带来更多客流。"
            + "有关部门将每半年对大桥钢索进行一次检测。市民可以在政府网站上为大桥的夜景灯光方案投票。",
            language: "zh"));

        var summary = _summarizer.Summarize(article);

        Assert.Equal(12, summary.Sentences.Count);
        Assert.Equal(string.Concat(summary.Sentences.Take(3)), summary.Summary);
        Assert.Contains(summary.Tldr, summary.Sentences);
        Assert.Equal(3, summary.KeyPoints.Count);
        Assert.All(summary.KeyPoints, k => Assert.Equal(summary.Sentences[Assert.Single(k.Sentences)], k.Text));
        Assert.All(summary.KeyPoints, k => Assert.False(KeyPointRestatement.Restates(k.Text, summary.Sentences.Take(3).ToList()), k.Text));
    }

    [Fact]
    public void Summarize_GivesTheSeedAOneSentenceTldrOfAtMostThirtyWords()
    {
        var article = NumberedArticle.From(TestArticles.Seed());

        var tldr = _summarizer.Summarize(article).Tldr;

        Assert.StartsWith("The U.S. military launched an air assault on dozens of sites in Iraq and Syria", tldr, StringComparison.Ordinal);
        Assert.Single(SentenceSplitter.Split(tldr));
        Assert.InRange(tldr.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, 8, 30);
        Assert.Contains(article.Texts, s => s.StartsWith(tldr.TrimEnd('.'), StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_TldrDropsATrailingAttribution()
    {
        var article = NumberedArticle.From(TestArticles.FromText(
            "Bridge closed after crack found",
            """
            The Harlow River bridge was closed to all traffic on Tuesday after inspectors found a crack in a main beam, officials said.
            Drivers face a detour of about 40 minutes through the town of Easton while engineers assess the damage.
            The bridge carries about 18,000 vehicles a day and was last inspected two years ago.
            """));

        var tldr = _summarizer.Summarize(article).Tldr;

        Assert.Equal("The Harlow River bridge was closed to all traffic on Tuesday after inspectors found a crack in a main beam.", tldr);
    }

    [Fact]
    public void Summarize_HonoursAnArticlesOwnLengthOverTheConfiguredOne()
    {
        var article = NumberedArticle.From(TestArticles.Seed());

        var own = _summarizer.Summarize(article, new SummaryLength(1, 4));
        var keyPointsOnly = _summarizer.Summarize(article, new SummaryLength(null, 3));

        Assert.Single(SentenceSplitter.Split(own.Summary));
        Assert.Equal(4, own.KeyPoints.Count);
        Assert.Equal(3, SentenceSplitter.Split(keyPointsOnly.Summary).Count);
        Assert.Equal(3, keyPointsOnly.KeyPoints.Count);
    }

    [Fact]
    public void Summarize_LeavesAKeyPointWholeWhenCuttingItWouldRestateTheSummary()
    {
        var article = NumberedArticle.From(TestArticles.FromText(
            "Council approves new park",
            """
            The city council approved a new riverside park on Monday after a two-year debate.
            The park will cover 12 acres and include a playground, a skate park and a boat ramp.
            Two council members voted against the plan because of its cost to taxpayers.
            The council approved the park after a debate, which ended only when the mayor cast the deciding vote against the wishes of three members of her own party and several shop owners from the old harbour district.
            Residents will be able to suggest names for the park until the end of the month.
            """));

        var summary = new OfflineSummarizer(summarySentences: 2, maxKeyPoints: 3).Summarize(article);

        var summarySentences = SentenceSplitter.Split(summary.Summary);
        Assert.Contains(summary.KeyPoints, k => k.Text == article.Sentences[3].Text);
        Assert.All(summary.KeyPoints, k => Assert.False(KeyPointRestatement.Restates(k.Text, summarySentences), k.Text));
    }

    // A key point is a contiguous part of the sentence it cites: its first letter may be capitalised and a final
    // period added where the sentence was cut.
    private static void AssertGrounded(string keyPoint, string sentence)
    {
        var body = keyPoint.EndsWith('.') && !sentence.Contains(keyPoint[1..], StringComparison.Ordinal) ? keyPoint[..^1] : keyPoint;
        Assert.Contains(body[1..], sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2", "5", 2, 5)]
    [InlineData(null, "12", null, 12)]
    [InlineData("10", " ", 10, null)]
    public void SummaryLength_ReadsUploadOptions(string? sentences, string? keyPoints, int? expectedSentences, int? expectedKeyPoints)
    {
        Assert.True(SummaryLength.TryParse(sentences, keyPoints, out var length, out _));
        Assert.Equal(new SummaryLength(expectedSentences, expectedKeyPoints), length);
    }

    [Theory]
    [InlineData("11", null)]
    [InlineData("-1", null)]
    [InlineData(null, "5.5")]
    [InlineData(null, "0")]
    public void SummaryLength_RejectsValuesOutOfRange(string? sentences, string? keyPoints)
    {
        Assert.False(SummaryLength.TryParse(sentences, keyPoints, out var length, out var error));
        Assert.Null(length);
        Assert.NotNull(error);
    }
}
