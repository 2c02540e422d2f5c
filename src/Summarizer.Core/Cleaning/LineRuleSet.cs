namespace Summarizer.Core.Cleaning;

/// <summary>
/// The line rules one cleaning run applies, and, when recording, which of them matched: a rule that matched nothing
/// on a page cannot change that page's text when it is switched off, so measuring it needs only the pages it matched.
/// A recording set belongs to one run; <see cref="All"/> may be shared.
/// </summary>
internal sealed class LineRuleSet
{
    private readonly LineRules disabled;
    private readonly bool recording;

    private LineRuleSet(LineRules disabled, bool recording)
    {
        this.disabled = disabled;
        this.recording = recording;
    }

    /// <summary>Every rule, nothing recorded.</summary>
    public static LineRuleSet All { get; } = new(LineRules.None, recording: false);

    /// <summary>The rules that matched so far (recording sets only).</summary>
    public LineRules Matched { get; private set; }

    /// <summary>Every rule, recording which match.</summary>
    public static LineRuleSet Recording() => new(LineRules.None, recording: true);

    /// <summary>Every rule but <paramref name="rules"/>.</summary>
    public static LineRuleSet Without(LineRules rules) => rules == LineRules.None ? All : new(rules, recording: false);

    public bool Applies(LineRules rule) => (disabled & rule) == 0;

    /// <summary>Whether <paramref name="rule"/> is applied and <paramref name="predicate"/> holds for <paramref name="state"/>.</summary>
    public bool Test<TState>(LineRules rule, TState state, Func<TState, bool> predicate)
    {
        if (!Applies(rule) || !predicate(state))
        {
            return false;
        }

        Record(rule);
        return true;
    }

    /// <summary>Notes that <paramref name="rule"/> changed the text, when recording.</summary>
    public void Record(LineRules rule)
    {
        if (recording)
        {
            Matched |= rule;
        }
    }
}
