namespace Summarizer.Core.Evaluation;

/// <summary>One system's output for one article of an evaluation data set, as a line of a predictions file.</summary>
/// <param name="Id">The data set line's id.</param>
/// <param name="Tldr">The one-sentence TL;DR (empty when the system gives none).</param>
/// <param name="Summary">The summary prose.</param>
/// <param name="KeyPoints">The key points as plain strings, in order.</param>
public sealed record SummaryPrediction(string Id, string Tldr, string Summary, IReadOnlyList<string> KeyPoints);
