using Summarizer.Core.Summarization;

namespace Summarizer.Core.Tests.Summarization;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_KeepsMilitaryTitlesTogether()
    {
        var sentences = SentenceSplitter.Split(
            "The strikes took place over about 30 minutes, said Lt. Gen. Douglas Sims, director of the Joint Staff. Sims said weather was a factor.");

        Assert.Equal(
            ["The strikes took place over about 30 minutes, said Lt. Gen. Douglas Sims, director of the Joint Staff.", "Sims said weather was a factor."],
            sentences);
    }

    [Fact]
    public void Split_KeepsDottedAcronymBeforeName()
    {
        var sentences = SentenceSplitter.Split("U.S. Central Command said the assault involved more than 125 precision munitions. It lasted 30 minutes.");

        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("U.S. Central Command said", sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Split_EndsSentenceAfterAcronymBeforeSentenceOpener()
    {
        var sentences = SentenceSplitter.Split("The remains were returned to the U.S. The strikes began hours later.");

        Assert.Equal(["The remains were returned to the U.S.", "The strikes began hours later."], sentences);
    }

    [Fact]
    public void Split_KeepsMonthAbbreviationBeforeDay()
    {
        var sentences = SentenceSplitter.Split("The last attack was Jan. 29 at al-Asad airbase in Iraq, and there were no injuries. Officials said so.");

        Assert.Equal("The last attack was Jan. 29 at al-Asad airbase in Iraq, and there were no injuries.", sentences[0]);
        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void Split_KeepsNumbersAndParentheses()
    {
        var sentences = SentenceSplitter.Split("The Iraqi border is only 6 miles (10 kilometers) away. Tower 22 houses about 350 troops and cost $1.5 million.");

        Assert.Equal(["The Iraqi border is only 6 miles (10 kilometers) away.", "Tower 22 houses about 350 troops and cost $1.5 million."], sentences);
    }

    [Fact]
    public void Split_KeepsQuotedSpeechOfSeveralSentencesTogether()
    {
        var sentences = SentenceSplitter.Split(
            "\"Our response began today. It will continue at times and places of our choosing,\" Biden warned. He spoke on Friday.");

        Assert.Equal(
            ["\"Our response began today. It will continue at times and places of our choosing,\" Biden warned.", "He spoke on Friday."],
            sentences);
    }

    [Fact]
    public void Split_EndsSentenceAfterClosingQuote()
    {
        var sentences = SentenceSplitter.Split("He said: “We will respond.” Then he left the room. Did anyone follow? Nobody did!");

        Assert.Equal(["He said: “We will respond.”", "Then he left the room.", "Did anyone follow?", "Nobody did!"], sentences);
    }

    [Fact]
    public void Split_KeepsInitialsInNames()
    {
        var sentences = SentenceSplitter.Split("John F. Kennedy was elected in 1960. He was 43 at the time.");

        Assert.Equal(["John F. Kennedy was elected in 1960.", "He was 43 at the time."], sentences);
    }

    [Fact]
    public void Split_DoesNotEndSentenceBeforeLowerCaseWord()
    {
        var sentences = SentenceSplitter.Split("The meeting ran until 9 p.m. on Friday, e.g. later than planned.");

        Assert.Single(sentences);
    }

    [Fact]
    public void Split_TreatsLineBreaksAsBoundaries()
    {
        var sentences = SentenceSplitter.Split("Headline without a period\nFirst sentence here.");

        Assert.Equal(["Headline without a period", "First sentence here."], sentences);
    }

    [Fact]
    public void Split_SeparatesACaptionGluedToTheNextSentence()
    {
        var sentences = SentenceSplitter.Split(
            "A keeper feeds the cheetahs at the city zoo (file photo) The boy was pulled out by his parents within minutes. "
            + "Crowds gathered by the fence on a sunny afternoon He was taken to hospital with cuts and bruises. "
            + "Scroll down for video A zoo spokesman said the fence will be raised.");

        Assert.Equal(
            [
                "A keeper feeds the cheetahs at the city zoo (file photo)", "The boy was pulled out by his parents within minutes.",
                "Crowds gathered by the fence on a sunny afternoon", "He was taken to hospital with cuts and bruises.",
                "Scroll down for video", "A zoo spokesman said the fence will be raised.",
            ],
            sentences);
    }

    [Theory]
    [InlineData("The interview ran in The Times on Monday and was read widely.")]
    [InlineData("Her advert for the Just Do It campaign ran for three years.")]
    [InlineData("The sign read \"closed until further notice The owners apologise\" in red letters.")]
    [InlineData("Fans sang along at the Reagan The evening ended late.")]
    [InlineData("Flights resumed The airport said so.")]
    [InlineData("Four adults pile onto scooters to get from A to B while the police watch.")]
    [InlineData("The cream claims to block infra-red A rays as well as the usual ones.")]
    [InlineData("Most of the grade A students in the county passed the test.")]
    [InlineData("The report was written for The committee and read by The board.")]
    public void Split_KeepsCapitalisedWordsInsideASentence(string text)
    {
        Assert.Equal([text], SentenceSplitter.Split(text));
    }

    [Fact]
    public void Split_EndsChineseSentencesAtFullWidthMarks()
    {
        var sentences = SentenceSplitter.Split("本市新建的跨江大桥于周四正式通车。大桥全长三千二百米！你去过吗？市民可以在网站上投票。");

        Assert.Equal(["本市新建的跨江大桥于周四正式通车。", "大桥全长三千二百米！", "你去过吗？", "市民可以在网站上投票。"], sentences);
    }

    [Fact]
    public void Split_KeepsAJapaneseQuotationWithTheWordsThatFollowIt()
    {
        var sentences = SentenceSplitter.Split("橋が木曜日に開通した。「通勤が楽になる。毎日使う。」と会社員は話した。市は半年ごとに点検する。");

        Assert.Equal(["橋が木曜日に開通した。", "「通勤が楽になる。毎日使う。」と会社員は話した。", "市は半年ごとに点検する。"], sentences);
    }

    [Fact]
    public void Split_EndsAChineseSentenceAfterAClosedQuotationOnlyWhereNothingFollowsIt()
    {
        var sentences = SentenceSplitter.Split("“大桥是城市的心脏。”她说。“我们等了两年。”“值得。”");

        Assert.Equal(["“大桥是城市的心脏。”她说。", "“我们等了两年。”", "“值得。”"], sentences);
    }

    [Fact]
    public void Join_RunsChineseSentencesTogetherAndSpacesOthers()
    {
        Assert.Equal("大桥通车。市民投票。", SentenceSplitter.Join(["大桥通车。", "市民投票。"]));
        Assert.Equal("「便利になる。」と話した。市は点検する。", SentenceSplitter.Join(["「便利になる。」と話した。", "市は点検する。"]));
        Assert.Equal("“大桥是城市的心脏。”市民投票。", SentenceSplitter.Join(["“大桥是城市的心脏。”", "市民投票。"]));
        Assert.Equal("The bridge opened. Tolls stay.", SentenceSplitter.Join(["The bridge opened.", "Tolls stay."]));
        Assert.Equal("“We waited.” Tolls stay.", SentenceSplitter.Join(["“We waited.”", "Tolls stay."]));
    }

    [Theory]
    [InlineData("افتتح الجسر الجديد صباح الخميس. هل سيقل الازدحام في المدينة؟ يتوقع المسؤولون مرور سيارات كثيرة.", 3)]
    [InlineData("नदी पर नया पुल खुल गया। इसके निर्माण में दो साल लगे। हर छह महीने में जांच होगी।", 3)]
    [InlineData("دریا پر نیا پل کھل گیا۔ اس کی تعمیر میں دو سال لگے۔", 2)]
    [InlineData("הגשר החדש נפתח ביום חמישי. הבנייה נמשכה שנתיים.", 2)]
    public void Split_EndsSentencesInScriptsWithoutCapitals(string text, int count)
    {
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(count, sentences.Count);
        Assert.Equal(text, string.Join(' ', sentences));
    }
}

