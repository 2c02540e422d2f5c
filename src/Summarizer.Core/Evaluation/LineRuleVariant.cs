namespace Summarizer.Core.Evaluation;

/// <summary>The cleaner scored with one line rule switched off.</summary>
/// <param name="Rule">The rule's name, as <c>eval clean --without</c> takes it.</param>
/// <param name="Description">What the rule drops or cuts.</param>
/// <param name="MatchedPages">The pages on which the rule matched with every rule on; only these can change.</param>
/// <param name="ChangedPages">The pages whose text differs with the rule off.</param>
/// <param name="Evaluation">The scores with the rule off, page for page in the baseline's order.</param>
public sealed record LineRuleVariant(string Rule, string Description, int MatchedPages, int ChangedPages, ExtractorEvaluation Evaluation);
