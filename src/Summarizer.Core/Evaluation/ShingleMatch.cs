using System.Text.RegularExpressions;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// The Article Extraction Benchmark's text measure for one page: both texts become runs of word characters (case
/// kept), then overlapping 4-word shingles, counted as multisets. The true positives, false positives and false
/// negatives are scaled to sum to 1, so long pages weigh no more than short ones.
/// </summary>
public readonly partial record struct ShingleMatch(double TruePositives, double FalsePositives, double FalseNegatives)
{
    private const int ShingleLength = 4;

    /// <summary>Whether the extractor returned any shingle; pages where it did not are left out of the mean precision.</summary>
    public bool HasPrediction => TruePositives + FalsePositives > 0;

    /// <summary>Whether the page has any expected shingle; pages where it does not are left out of the mean recall.</summary>
    public bool HasTruth => TruePositives + FalseNegatives > 0;

    public double Precision => FalsePositives == 0 && FalseNegatives == 0 ? 1 : TruePositives / (TruePositives + FalsePositives);

    public double Recall => FalsePositives == 0 && FalseNegatives == 0 ? 1 : TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The page's F1, 2·TP / (2·TP + FP + FN): 0 for an empty prediction, 1 when both texts are empty.</summary>
    public double F1 => FalsePositives == 0 && FalseNegatives == 0 ? 1 : 2 * TruePositives / ((2 * TruePositives) + FalsePositives + FalseNegatives);

    public static ShingleMatch Compute(string? expected, string? actual)
    {
        var remaining = Shingles(expected);
        double truePositives = 0, falsePositives = 0;
        foreach (var (shingle, count) in Shingles(actual))
        {
            var available = remaining.GetValueOrDefault(shingle);
            var matched = Math.Min(available, count);
            truePositives += matched;
            falsePositives += count - matched;
            remaining[shingle] = available - matched;
        }

        double falseNegatives = remaining.Values.Sum();
        var total = truePositives + falsePositives + falseNegatives;
        return total == 0
            ? new ShingleMatch(0, 0, 0)
            : new ShingleMatch(truePositives / total, falsePositives / total, falseNegatives / total);
    }

    /// <summary>
    /// The benchmark's summary over pages: mean precision over pages with a prediction, mean recall over pages with
    /// a truth, and the F1 of those two means.
    /// </summary>
    public static (double Precision, double Recall, double F1) Summarize(IEnumerable<ShingleMatch> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var list = pages.ToList();
        var precision = list.Where(p => p.HasPrediction).Select(p => p.Precision).DefaultIfEmpty(0).Average();
        var recall = list.Where(p => p.HasTruth).Select(p => p.Recall).DefaultIfEmpty(0).Average();
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    private static Dictionary<string, int> Shingles(string? text)
    {
        var tokens = WordCharacters().Matches(text ?? string.Empty).Select(m => m.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);

        // A text shorter than a shingle is one shingle of all its tokens; an empty text has none.
        for (var i = 0; i < Math.Max(1, tokens.Count - ShingleLength + 1) && tokens.Count > 0; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(ShingleLength));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordCharacters();
}
