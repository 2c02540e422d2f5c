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
}
