using System.Buffers;
using System.Globalization;
using System.Text;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// Decides whether an extracted title is the expected one: equal once case, quotes, dashes and spacing are
/// normalised, or equal but for a site or section name set off by a separator ("Headline | Site").
/// </summary>
public static class TitleMatch
{
    private static readonly SearchValues<char> Separators = SearchValues.Create("|-:/»·•—–");

    public static bool Matches(string? expected, string? actual)
    {
        var a = Normalize(expected);
        var b = Normalize(actual);
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length;
        }

        return a == b || DiffersBySeparatedSegment(a, b) || DiffersBySeparatedSegment(b, a);
    }

    private static bool DiffersBySeparatedSegment(string longer, string shorter)
    {
        if (longer.Length <= shorter.Length)
        {
            return false;
        }

        if (longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return longer.AsSpan(shorter.Length).TrimStart().IndexOfAny(Separators) == 0;
        }

        if (longer.EndsWith(shorter, StringComparison.Ordinal))
        {
            var prefix = longer[..^shorter.Length].TrimEnd();
            return prefix.Length > 0 && Separators.Contains(prefix[^1]);
        }

        return false;
    }

    private static string Normalize(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(title.Length);
        var space = false;
        foreach (var raw in title.Normalize(NormalizationForm.FormKC))
        {
            var c = raw switch
            {
                '‘' or '’' or '`' or '´' => '\'',
                '“' or '”' or '„' => '"',
                '‐' or '‑' or '‒' => '-',
                _ => char.ToLower(raw, CultureInfo.InvariantCulture),
            };
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString().Trim();
    }
}
