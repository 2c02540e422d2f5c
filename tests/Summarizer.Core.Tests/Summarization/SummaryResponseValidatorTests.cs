using Summarizer.Core.Summarization;

namespace Summarizer.Core.Tests.Summarization;

public sealed class SummaryResponseValidatorTests
{
    private const string Valid = """{"summary": "A summary.", "keyPoints": [{"text": "One", "sentences": [3, 1, 3]}, {"text": "Two", "sentences": [2]}, {"text": "Three", "sentences": [5]}]}""";

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
        var result = SummaryResponseValidator.Validate("""{"summary": "S.", "keyPoints": [{"text": "One", "sentences": []}]}""", 1, 5, 1, 7);

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
}
