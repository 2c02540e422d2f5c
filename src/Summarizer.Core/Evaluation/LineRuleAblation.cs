using System.ComponentModel;
using System.Reflection;
using System.Text.RegularExpressions;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// Measures the HTML path's line rules by switching each off in turn, through the whole extraction: a rule off can
/// change which attempt passes and whether the page is read whole, so its effect is not read off saved blocks. A page
/// is cleaned again only for the rules that matched on it with every rule on, since no other rule can change it.
/// </summary>
public static partial class LineRuleAblation
{
    private static readonly LineRules[] Rules = [.. Enum.GetValues<LineRules>().Where(rule => rule != LineRules.None)];

    private static readonly Dictionary<string, LineRules> ByName = Rules.ToDictionary(NameOf, rule => rule, StringComparer.OrdinalIgnoreCase);

    /// <summary>The rules' names, as <c>eval clean --without</c> takes them, in the order they are reported.</summary>
    public static IReadOnlyList<string> RuleNames { get; } = [.. Rules.Select(NameOf)];

    /// <summary>What the rule named <paramref name="rule"/> drops or cuts.</summary>
    public static string Describe(string rule) => DescriptionOf(Parse([rule]));

    /// <summary>
    /// A cleaner that cleans as <paramref name="cleaner"/> does with the named rules off; <paramref name="cleaner"/>
    /// must be an <see cref="ArticleCleaner"/>.
    /// </summary>
    public static IArticleCleaner Without(IArticleCleaner cleaner, IReadOnlyCollection<string> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var disabled = Parse(rules);
        return disabled == LineRules.None ? cleaner : new RuleSwitchedCleaner(AsArticleCleaner(cleaner), LineRuleSet.Without(disabled));
    }

    /// <summary>A fitter whose fitted cleaners have the named rules off.</summary>
    public static ICleanerFitter Without(ICleanerFitter fitter, IReadOnlyCollection<string> rules)
    {
        ArgumentNullException.ThrowIfNull(fitter);
        ArgumentNullException.ThrowIfNull(rules);
        _ = Parse(rules);
        return rules.Count == 0 ? fitter : new RuleSwitchedFitter(fitter, rules);
    }

    /// <summary>
    /// Scores <paramref name="cleaner"/> on <paramref name="pages"/> with every rule on, then with each of
    /// <paramref name="rules"/> (every rule when null) off in turn; pages are cleaned in parallel.
    /// </summary>
    public static LineRuleAblationResult Evaluate(string name, IArticleCleaner cleaner, IReadOnlyList<DatasetPage> pages, IReadOnlyCollection<string>? rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var articleCleaner = AsArticleCleaner(cleaner);
        var measured = (rules ?? RuleNames).Select(rule => Parse([rule])).Distinct().ToList();
        var baseline = new PageEvaluation[pages.Count];
        var variants = measured.Select(_ => new PageEvaluation[pages.Count]).ToArray();
        var matched = new int[measured.Count];
        var changed = new int[measured.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var page = pages[i];
            var bytes = File.ReadAllBytes(page.SourcePath);
            var recording = LineRuleSet.Recording();
            var full = CleaningEvaluator.Clean(page, bytes, source => articleCleaner.Clean(source, recording, cancellationToken));
            baseline[i] = CleaningEvaluator.Score(page, full, null);
            for (var r = 0; r < measured.Count; r++)
            {
                if ((recording.Matched & measured[r]) == 0)
                {
                    variants[r][i] = baseline[i];
                    continue;
                }

                Interlocked.Increment(ref matched[r]);
                var without = LineRuleSet.Without(measured[r]);
                var output = CleaningEvaluator.Clean(page, bytes, source => articleCleaner.Clean(source, without, cancellationToken));
                if (!string.Equals(output.Text, full.Text, StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref changed[r]);
                }

                variants[r][i] = CleaningEvaluator.Score(page, output, null);
            }
        });

        var bytesTotal = pages.Sum(p => p.SourceBytes);
        return new LineRuleAblationResult(
            new ExtractorEvaluation(name, baseline, bytesTotal),
            [.. measured.Select((rule, r) => new LineRuleVariant(NameOf(rule), DescriptionOf(rule), matched[r], changed[r], new ExtractorEvaluation($"{name} without {NameOf(rule)}", variants[r], bytesTotal)))]);
    }

    /// <summary>
    /// Leave-one-group-out ablation: for every value of <paramref name="field"/>, fits on the other values' pages and
    /// measures the rules on that value's pages, so whatever is fitted never saw the pages a rule is measured on.
    /// </summary>
    public static LineRuleAblationResult EvaluateFolds(string name, ICleanerFitter fitter, IReadOnlyList<DatasetPage> pages, string field, IReadOnlyCollection<string>? rules, Action<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fitter);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        var folds = new List<LineRuleAblationResult>();
        foreach (var (value, held, training) in CleaningFolds.Split(pages, field))
        {
            progress?.Invoke($"fold {field}={value}: fitting on {training.Count} pages, switching rules off on {held.Count}");
            folds.Add(Evaluate(name, fitter.Fit(training, cancellationToken), held, rules, cancellationToken));
        }

        var bytesTotal = pages.Sum(p => p.SourceBytes);
        ExtractorEvaluation Merge(string evaluationName, Func<LineRuleAblationResult, ExtractorEvaluation> pick)
        {
            var byName = folds.SelectMany(f => pick(f).Pages).ToDictionary(p => p.Page, StringComparer.Ordinal);
            return new ExtractorEvaluation(evaluationName, [.. pages.Select(p => byName[p.Name])], bytesTotal);
        }

        var variants = folds[0].Variants.Select((variant, r) => new LineRuleVariant(
            variant.Rule,
            variant.Description,
            folds.Sum(f => f.Variants[r].MatchedPages),
            folds.Sum(f => f.Variants[r].ChangedPages),
            Merge(variant.Evaluation.Name, f => f.Variants[r].Evaluation))).ToList();
        return new LineRuleAblationResult(Merge(name, f => f.Baseline), variants);
    }

    private static ArticleCleaner AsArticleCleaner(IArticleCleaner cleaner)
    {
        ArgumentNullException.ThrowIfNull(cleaner);
        return cleaner as ArticleCleaner ?? throw new ArgumentException($"Line rules can be switched off only in the {nameof(ArticleCleaner)}, not in {cleaner.GetType().Name}.", nameof(cleaner));
    }

    private static LineRules Parse(IEnumerable<string> rules)
    {
        var disabled = LineRules.None;
        foreach (var rule in rules)
        {
            disabled |= ByName.TryGetValue(rule.Trim(), out var flag)
                ? flag
                : throw new ArgumentException($"There is no line rule '{rule}'. The rules are: {string.Join(", ", RuleNames)}.", nameof(rules));
        }

        return disabled;
    }

    private static string DescriptionOf(LineRules rule) =>
        typeof(LineRules).GetField(rule.ToString())?.GetCustomAttribute<DescriptionAttribute>()?.Description ?? rule.ToString();

    // CopyrightLines -> copyright-lines.
    private static string NameOf(LineRules rule) => WordStart().Replace(rule.ToString(), "-$1").ToLowerInvariant();

    [GeneratedRegex(@"(?<=[a-z])([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex WordStart();

    private sealed class RuleSwitchedCleaner(ArticleCleaner cleaner, LineRuleSet rules) : IArticleCleaner
    {
        public CleaningResult Clean(ArticleSource source, CancellationToken cancellationToken = default) => cleaner.Clean(source, rules, cancellationToken);
    }

    private sealed class RuleSwitchedFitter(ICleanerFitter fitter, IReadOnlyCollection<string> rules) : ICleanerFitter
    {
        public string Description => $"{fitter.Description}; line rules off: {string.Join(", ", rules)}";

        public IArticleCleaner Fit(IReadOnlyList<DatasetPage> pages, CancellationToken cancellationToken) => Without(fitter.Fit(pages, cancellationToken), rules);
    }
}
