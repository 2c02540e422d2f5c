namespace Summarizer.Core.Summarization;

/// <summary>The outcome of checking a model's answer: the summary, or the problems to send back for repair.</summary>
public sealed record SummaryValidation(ModelSummary? Summary, IReadOnlyList<string> Problems)
{
    public bool IsValid => Summary is not null;
}
