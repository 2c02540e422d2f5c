using System.Globalization;
using System.Text;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// Splits text into the words that extraction is scored on: lower-cased runs of letters and digits, with each
/// Chinese, Japanese or Thai character counted as a word because those scripts do not separate words by spaces.
/// </summary>
public static class WordTokenizer
{
    public static List<string> Tokenize(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (IsUnspacedScript(c))
            {
                Flush(words, current);
                words.Add(c.ToString());
            }
            else if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Flush(words, current);
            }
        }

        Flush(words, current);
        return words;
    }

    private static bool IsUnspacedScript(char c) =>
        c is (>= '\u3040' and < '\u3100') or (>= '\u3400' and < '\u4DC0') or (>= '\u4E00' and < '\uA000') or (>= '\u0E00' and < '\u0E80') or (>= '\uF900' and < '\uFB00');

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
