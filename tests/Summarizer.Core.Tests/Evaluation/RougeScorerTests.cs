using Summarizer.Core.Evaluation;

namespace Summarizer.Core.Tests.Evaluation;

public sealed class RougeScorerTests
{
    [Fact]
    public void Score_CountsUnigramsAndBigramsAsRouge155()
    {
        var scores = RougeScorer.Score(["the cat was under the bed"], ["the cat was found under the bed"]);

        Assert.Equal(1.0, scores.Rouge1.Precision, 6);
        Assert.Equal(6.0 / 7, scores.Rouge1.Recall, 6);
        Assert.Equal(12.0 / 13, scores.Rouge1.F1, 6);
        Assert.Equal(4.0 / 5, scores.Rouge2.Precision, 6);
        Assert.Equal(4.0 / 6, scores.Rouge2.Recall, 6);
    }

    [Fact]
    public void Score_ClipsRepeatedCandidateWords()
    {
        var scores = RougeScorer.Score(["the the the the"], ["the cat"]);

        Assert.Equal(1.0 / 4, scores.Rouge1.Precision, 6);
        Assert.Equal(1.0 / 2, scores.Rouge1.Recall, 6);
    }

    [Fact]
    public void Score_LowerCasesStemsAndDropsPunctuation()
    {
        var scores = RougeScorer.Score(["Running DOGS, barked!"], ["dogs run; barking"]);

        Assert.Equal(1.0, scores.Rouge1.F1, 6);
    }

    [Fact]
    public void Score_LeavesWordsOfThreeLettersUnstemmed()
    {
        // "flies" stems to "fli" but "fly" (three letters) stays, so they do not match.
        var scores = RougeScorer.Score(["flies"], ["fly"]);

        Assert.Equal(0.0, scores.Rouge1.F1, 6);
    }

    [Fact]
    public void Score_TakesTheUnionLcsOverCandidateSentences()
    {
        // The example of Lin (2004), section 3.2: r = w1 w2 w3 w4 w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
        var scores = RougeScorer.Score(["w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"], ["w1 w2 w3 w4 w5"]);

        Assert.Equal(4.0 / 5, scores.RougeL.Recall, 6);
        Assert.Equal(4.0 / 10, scores.RougeL.Precision, 6);
    }

    [Fact]
    public void Score_SentenceLevelLcsSkipsGaps()
    {
        var scores = RougeScorer.Score(["police killed the gunman"], ["police kill the gunman"]);

        Assert.Equal(1.0, scores.RougeL.F1, 6);
        var unstemmedMismatch = RougeScorer.Score(["the gunman police killed"], ["police kill the gunman"]);
        Assert.Equal(2.0 / 4, unstemmedMismatch.RougeL.Recall, 6);
    }

    [Fact]
    public void Score_MatchesRougeScoreOwnExample()
    {
        // rouge-score's README: target "The quick brown fox jumps over the lazy dog", prediction "The quick brown dog
        // jumps on the log." With the stemmer: 6 of 8 and 9 unigrams, 2 of 7 and 8 bigrams, an LCS of 5.
        var scores = RougeScorer.Score("The quick brown dog jumps on the log.", "The quick brown fox jumps over the lazy dog");

        Assert.Equal(0.7059, scores.Rouge1.F1, 4);
        Assert.Equal(0.2667, scores.Rouge2.F1, 4);
        Assert.Equal(0.5882, scores.RougeL.F1, 4);
        Assert.Equal(5.0 / 8, scores.RougeL.Precision, 6);
        Assert.Equal(5.0 / 9, scores.RougeL.Recall, 6);
    }

    [Fact]
    public void Score_StemsAsNltkPorterStemmerDoes()
    {
        // NLTK turns "ties" into "tie" and keeps the "y" of "says"; the reference Porter stemmer gives "ti" and "sai",
        // which would not match the three-letter words "tie" and "say" (left unstemmed).
        var scores = RougeScorer.Score("ties says", "tie say");

        Assert.Equal(1.0, scores.Rouge1.F1, 6);
    }

    [Fact]
    public void Score_ReadsSentencesFromLinesForRougeLsum()
    {
        // Reference lines "a b c" and "d e"; candidate lines "a c" and "e d". Union LCS: "a c" for the first line
        // (2 hits) and "d" or "e" for the second (1 hit), so 3 hits of 5 reference and 4 candidate tokens.
        var scores = RougeScorer.Score("aa cc\nee dd", "aa bb cc\ndd ee");

        Assert.Equal(3.0 / 5, scores.RougeL.Recall, 6);
        Assert.Equal(3.0 / 4, scores.RougeL.Precision, 6);

        // The same words on one line or two: two lines match in any order, one line only in order.
        Assert.Equal(1.0, RougeScorer.Score("cc dd\naa bb", "aa bb cc dd").RougeL.Recall, 6);
        Assert.Equal(0.5, RougeScorer.Score("cc dd aa bb", "aa bb cc dd").RougeL.Recall, 6);
    }

    [Fact]
    public void Score_EmptyCandidateScoresZero()
    {
        var scores = RougeScorer.Score([], ["something happened"]);

        Assert.Equal(0.0, scores.Rouge1.F1);
        Assert.Equal(0.0, scores.RougeL.F1);
    }
}
