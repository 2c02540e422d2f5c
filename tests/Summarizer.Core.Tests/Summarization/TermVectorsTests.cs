using Summarizer.Core.Summarization;

namespace Summarizer.Core.Tests.Summarization;

public sealed class TermVectorsTests
{
    [Fact]
    public void Tokenize_LowerCasesAndStemsWords()
    {
        Assert.Equal(["the", "bridg", "reopen", "on", "thursday"], TermVectors.Tokenize("The bridge reopened on Thursday."));
    }

    [Theory]
    [InlineData("跨江大桥", new[] { "跨江", "江大", "大桥" })]
    [InlineData("橋は開通", new[] { "橋は", "は開", "開通" })]
    [InlineData("AI大桥 test 桥。", new[] { "ai", "大桥", "test", "桥" })]
    public void Tokenize_TakesOverlappingCharacterPairsInScriptsWithoutSpaces(string text, string[] terms)
    {
        Assert.Equal(terms, TermVectors.Tokenize(text));
    }

    [Theory]
    [InlineData("पुल की लंबाई तीन किलोमीटर है", new[] { "पुल", "की", "लंबाई", "तीन", "किलोमीटर", "है" })]
    [InlineData("يبلغ طول الجسر", new[] { "يبلغ", "طول", "الجسر" })]
    public void Tokenize_KeepsCombiningMarksInTheirWord(string text, string[] terms)
    {
        Assert.Equal(terms, TermVectors.Tokenize(text));
    }

    [Fact]
    public void Similarity_OfChineseSentencesFollowsTheWordsTheyShare()
    {
        var vectors = TermVectors.Build(
            ["跨江大桥于周四正式通车。", "跨江大桥每天通行车辆四万辆。", "市民可以在网站上投票。"],
            "跨江大桥通车");

        Assert.True(vectors.Similarity(0, 1) > 0, "the two sentences about the bridge share 跨江, 江大 and 大桥");
        Assert.Equal(0, vectors.Similarity(0, 2));
    }
}
