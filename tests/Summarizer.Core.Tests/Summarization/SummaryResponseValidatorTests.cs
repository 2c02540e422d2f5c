using Summarizer.Core.Summarization;

namespace Summarizer.Core.Tests.Summarization;

public sealed class SummaryResponseValidatorTests
{
    private const string Valid = """{"tldr": "Something happened.", "summary": "A summary.", "keyPoints": [{"text": "One", "sentences": [3, 1, 3]}, {"text": "Two", "sentences": [2]}, {"text": "Three", "sentences": [5]}]}""";

    [Fact]
    public void Validate_ConvertsCitationsToSortedDistinctZeroBasedIndexes()
    {
        var result = SummaryResponseValidator.Validate(Valid, 1, 5, 3, 7);

        Assert.True(result.IsValid);
        Assert.Equal([0, 2], result.Summary!.KeyPoints[0].Sentences);
        Assert.Equal("A summary.", result.Summary.Summary);
    }

    [Fact]
    public void Validate_RejectsACitationOutsideThePartShown()
    {
        var result = SummaryResponseValidator.Validate(Valid, 2, 5, 3, 7);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Contains("cites sentence 1, but only sentences 2 to 5 were given", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RejectsAKeyPointWithoutCitations()
    {
        var result = SummaryResponseValidator.Validate("""{"tldr": "T.", "summary": "S.", "keyPoints": [{"text": "One", "sentences": []}]}""", 1, 5, 1, 7);

        Assert.Contains("key point 1 cites no sentences.", result.Problems);
    }

    [Fact]
    public void Validate_RejectsTooFewKeyPointsAndAnEmptySummary()
    {
        var result = SummaryResponseValidator.Validate("""{"summary": " ", "keyPoints": [{"text": "One", "sentences": [1]}]}""", 1, 5, 3, 7);

        Assert.Contains("\"summary\" is missing or empty.", result.Problems);
        Assert.Contains(result.Problems, p => p.Contains("give at least 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RejectsTextThatIsNotJson()
    {
        var result = SummaryResponseValidator.Validate("Here is your summary: the council met.", 1, 5, 3, 7);

        Assert.False(result.IsValid);
        Assert.StartsWith("the answer is not valid JSON", result.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AcceptsJsonInACodeFenceAndKeepsAtMostTheMaximum()
    {
        var result = SummaryResponseValidator.Validate("```json\n" + Valid + "\n```", 1, 5, 1, 2);

        Assert.True(result.IsValid);
        Assert.Equal(2, result.Summary!.KeyPoints.Count);
    }

    [Fact]
    public void Validate_ReadsTheCodeFenceAfterALineOfProse()
    {
        var result = SummaryResponseValidator.Validate("Here is the summary:\n\n```json\n" + Valid + "\n```\n", 1, 5, 1, 7);

        Assert.True(result.IsValid, string.Join(" ", result.Problems));
    }

    [Fact]
    public void Validate_KeepsTheTldr()
    {
        var result = SummaryResponseValidator.Validate(Valid, 1, 5, 3, 7);

        Assert.Equal("Something happened.", result.Summary!.Tldr);
    }

    [Fact]
    public void Validate_RejectsAMissingTldr()
    {
        var result = SummaryResponseValidator.Validate(Valid.Replace("\"tldr\": \"Something happened.\", ", string.Empty, StringComparison.Ordinal), 1, 5, 3, 7);

        Assert.False(result.IsValid);
        Assert.Contains("\"tldr\" is missing or empty.", result.Problems);
    }

    [Fact]
    public void Validate_RejectsATldrOfMoreThanThirtyWordsOrTwoSentences()
    {
        var longTldr = string.Join(' ', Enumerable.Repeat("word", 31)) + ".";
        var tooLong = SummaryResponseValidator.Validate(Valid.Replace("Something happened.", longTldr, StringComparison.Ordinal), 1, 5, 3, 7);
        var twoSentences = SummaryResponseValidator.Validate(Valid.Replace("Something happened.", "The council met. It agreed a budget.", StringComparison.Ordinal), 1, 5, 3, 7);

        Assert.Contains(tooLong.Problems, p => p.Contains("has 31 words", StringComparison.Ordinal));
        Assert.Contains(twoSentences.Problems, p => p.Contains("more than one sentence", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RejectsAKeyPointThatRestatesASummarySentence()
    {
        const string Answer = """
            {"tldr": "The council approved a park.", "summary": "The council approved a new riverside park on Monday. Work starts in May.",
             "keyPoints": [{"text": "The council approved the riverside park on Monday.", "sentences": [1]}, {"text": "It will cover 12 acres.", "sentences": [2]},
                           {"text": "Residents can suggest names.", "sentences": [4]}]}
            """;

        var result = SummaryResponseValidator.Validate(Answer, 1, 5, 3, 7);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.StartsWith("key point 1 repeats summary sentence 1", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Problems, p => p.StartsWith("key point 2", StringComparison.Ordinal));
    }
}
