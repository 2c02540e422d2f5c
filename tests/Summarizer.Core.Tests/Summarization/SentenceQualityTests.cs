using Summarizer.Core.Summarization;

namespace Summarizer.Core.Tests.Summarization;

public sealed class SentenceQualityTests
{
    private const string Narrated = "The coach said the team was ready for anything the league could throw at it this season.";

    [Theory]
    [InlineData("The coach said the team was ‘ready for anything the league could throw at it this season’.")]
    [InlineData("The coach said the team was 'ready for anything the league could throw at it this season'.")]
    [InlineData("The coach said the team was “ready for anything the league could throw at it this season”.")]
    public void Of_GivesPartlyQuotedSpeechLessThanTheSameWordsNarrated(string quoted)
    {
        var words = TermVectors.Tokenize(Narrated).Count;

        Assert.True(
            SentenceQuality.Of(quoted, words) < SentenceQuality.Of(Narrated, words),
            $"{SentenceQuality.Of(quoted, words)} is not below {SentenceQuality.Of(Narrated, words)}");
    }

    [Fact]
    public void Of_LowersQualityMoreTheMoreOfTheSentenceIsQuoted()
    {
        const string Little = "The coach said the team was ready for anything the league could ‘throw at it’ this season.";
        const string Most = "‘The team is ready for anything the league could throw at it this season,’ he said.";

        Assert.True(SentenceQuality.Of(Most, 17) < SentenceQuality.Of(Little, 17));
    }

    [Theory]
    [InlineData("Kilmarnock’s manager won’t stay beyond the summer, the club confirmed.")]
    [InlineData("The players' union and the league's board met on Friday.")]
    public void QuotedShare_DoesNotTakeApostrophesForQuotationMarks(string sentence)
    {
        Assert.Equal(0, SentenceQuality.QuotedShare(sentence));
    }

    [Theory]
    [InlineData("He called it ‘a disgrace’ and left the room.", "a disgrace")]
    [InlineData("He called it 'a disgrace' and left the room.", "a disgrace")]
    [InlineData("He called it \"a disgrace\" and left the room.", "a disgrace")]
    [InlineData("He called it “the club’s disgrace” and left.", "the club’s disgrace")]
    public void QuotedShare_CountsWhatIsBetweenSingleOrDoubleQuotationMarks(string sentence, string quoted)
    {
        Assert.Equal((double)quoted.Length / sentence.Length, SentenceQuality.QuotedShare(sentence), 6);
    }

    [Theory]
    [InlineData("There are a lot of things to discuss and I have done that.")]
    [InlineData("We are ready to pay on April 9.'")]
    [InlineData("‘When I scored I got that same feeling as at the World Cup.’")]
    [InlineData("'In return, we will expect the banks to invest in homes.")]
    [InlineData("“My family has farmed this valley for a hundred years.”")]
    public void IsSpeakerlessQuotation_FindsFirstPersonSpeechWithoutASpeaker(string sentence)
    {
        Assert.True(SentenceQuality.IsSpeakerlessQuotation(sentence));
    }

    [Theory]
    [InlineData("'I'm still right there,' the 14-time major winner said of his position.")]
    [InlineData("He said: 'We strive to be able to pay our obligations on time.'")]
    [InlineData("The mayor told us the road would reopen in May.")]
    [InlineData("He called it ‘my finest hour’ and left the stage.")]
    [InlineData("The U.S. has blamed the militias for the attack in Jordan.")]
    [InlineData("US officials met their Iraqi counterparts on Monday.")]
    [InlineData("According to our records, the bridge was last inspected in 2019.")]
    public void IsSpeakerlessQuotation_LeavesNarrationAndAttributedSpeech(string sentence)
    {
        Assert.False(SentenceQuality.IsSpeakerlessQuotation(sentence));
    }

    [Fact]
    public void Of_TakesFullWidthMarksAsTheEndOfASentence()
    {
        const string Ended = "大桥全长三千二百米，双向六车道，设计时速八十公里。";
        var words = TermVectors.Tokenize(Ended).Count;

        Assert.Equal(1.0, SentenceQuality.Of(Ended, words));
        Assert.Equal(0.5, SentenceQuality.Of("你去过新建的跨江大桥了吗？", words));
        Assert.True(SentenceQuality.Of(Ended.TrimEnd('。'), words) < 0.5);
    }
}

