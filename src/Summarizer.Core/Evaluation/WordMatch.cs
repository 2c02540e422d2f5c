using System.Text.RegularExpressions;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// The multi-type benchmark's word measure for one page: lower-cased <c>\w+</c> words of both texts counted with
/// multiplicity; <see cref="Matched"/> is the size of the common multiset. Pages are summarised both as the mean of
/// their F1 (the figure that benchmark publishes) and pooled, by summing the counts over pages.
/// </summary>
public readonly partial record struct WordMatch(int Matched, int Extracted, int Expected)
{
    public double Precision => Extracted == 0 ? (Expected == 0 ? 1 : 0) : (double)Matched / Extracted;

    public double Recall => Expected == 0 ? (Extracted == 0 ? 1 : 0) : (double)Matched / Expected;

    /// <summary>2·matched / (extracted + expected): 1 when both texts are empty, 0 when only one is.</summary>
    public double F1 => Extracted + Expected == 0 ? 1 : 2.0 * Matched / (Extracted + Expected);

    public static WordMatch Compute(string? expected, string? actual)
    {
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        var expectedCount = 0;
        foreach (Match word in Words().Matches(expected ?? string.Empty))
        {
            var key = word.Value.ToLowerInvariant();
            remaining[key] = remaining.GetValueOrDefault(key) + 1;
            expectedCount++;
        }

        int matched = 0, extracted = 0;
        foreach (Match word in Words().Matches(actual ?? string.Empty))
        {
            extracted++;
            var key = word.Value.ToLowerInvariant();
            if (remaining.TryGetValue(key, out var count) && count > 0)
            {
                remaining[key] = count - 1;
                matched++;
            }
        }

        return new WordMatch(matched, extracted, expectedCount);
    }

    /// <summary>The counts summed over pages, so long pages weigh more: the pooled (micro) figure.</summary>
    public static WordMatch Pool(IEnumerable<WordMatch> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        long matched = 0, extracted = 0, expected = 0;
        foreach (var page in pages)
        {
            (matched, extracted, expected) = (matched + page.Matched, extracted + page.Extracted, expected + page.Expected);
        }

        return new WordMatch(checked((int)matched), checked((int)extracted), checked((int)expected));
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Words();
}
