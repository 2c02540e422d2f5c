namespace Summarizer.Core.Evaluation;

/// <summary>The cleaner with every line rule on (<see cref="Baseline"/>) and with each rule off in turn, on the same pages.</summary>
public sealed record LineRuleAblationResult(ExtractorEvaluation Baseline, IReadOnlyList<LineRuleVariant> Variants);
