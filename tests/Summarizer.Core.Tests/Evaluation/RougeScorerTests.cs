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
        // "ties" stems to "ti" but "tie" (three letters) stays, so they do not match.
        var scores = RougeScorer.Score(["ties"], ["tie"]);

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
    public void Score_EmptyCandidateScoresZero()
    {
        var scores = RougeScorer.Score([], ["something happened"]);

        Assert.Equal(0.0, scores.Rouge1.F1);
        Assert.Equal(0.0, scores.RougeL.F1);
    }
}
