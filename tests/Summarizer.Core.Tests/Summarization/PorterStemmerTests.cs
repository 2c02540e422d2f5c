using Summarizer.Core.Summarization;

namespace Summarizer.Core.Tests.Summarization;

public sealed class PorterStemmerTests
{
    // Word pairs from the examples in Porter (1980), "An algorithm for suffix stripping", run through all steps.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("caress", "caress")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("bled", "bled")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("tanned", "tan")]
    [InlineData("falling", "fall")]
    [InlineData("hissing", "hiss")]
    [InlineData("fizzed", "fizz")]
    [InlineData("failing", "fail")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    [InlineData("relational", "relat")]
    [InlineData("rational", "ration")]
    [InlineData("triplicate", "triplic")]
    [InlineData("hopeful", "hope")]
    [InlineData("goodness", "good")]
    [InlineData("revival", "reviv")]
    [InlineData("allowance", "allow")]
    [InlineData("airliner", "airlin")]
    [InlineData("adjustable", "adjust")]
    [InlineData("replacement", "replac")]
    [InlineData("adoption", "adopt")]
    [InlineData("effective", "effect")]
    [InlineData("generalizations", "gener")]
    [InlineData("oscillators", "oscil")]
    [InlineData("controlling", "control")]
    [InlineData("rolling", "roll")]
    public void Stem_MatchesPorterExamples(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    // The reference implementation's departures from the paper, which NLTK keeps.
    [Theory]
    [InlineData("possibly", "possibl")]
    [InlineData("archaeology", "archaeolog")]
    public void Stem_FollowsReferenceImplementationDepartures(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    // NLTK's extensions, which rouge-score inherits through PorterStemmer() in its default mode.
    [Theory]
    [InlineData("ties", "tie")]
    [InlineData("dies", "die")]
    [InlineData("died", "die")]
    [InlineData("spied", "spi")]
    [InlineData("flies", "fli")]
    [InlineData("dying", "die")]
    [InlineData("skies", "sky")]
    [InlineData("news", "news")]
    [InlineData("says", "say")]
    [InlineData("enjoy", "enjoy")]
    [InlineData("geology", "geolog")]
    [InlineData("radically", "radic")]
    [InlineData("hopefully", "hope")]
    public void Stem_FollowsNltkExtensions(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("a")]
    [InlineData("is")]
    public void Stem_LeavesShortWordsAlone(string word) => Assert.Equal(word, PorterStemmer.Stem(word));
}
