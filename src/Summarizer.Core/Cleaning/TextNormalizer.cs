using System.Text;

namespace Summarizer.Core.Cleaning;

/// <summary>Whitespace handling shared by the extractors.</summary>
internal static class TextNormalizer
{
    /// <summary>The text with its whitespace collapsed and lower-cased, to compare lines as a reader would.</summary>
    public static string Comparable(string text) => CollapseWhitespace(text).ToLowerInvariant();

    /// <summary>Collapses every run of whitespace (including no-break and zero-width spaces) to one space and trims.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>True for whitespace and the invisible characters pages use as spacing.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD';

    /// <summary>Counts words as runs of non-space characters.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = IsSpace(c);
            count += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return count;
    }

    /// <summary>
    /// Counts words as runs of non-space characters, except that each Han, kana or Thai character counts as one:
    /// those scripts do not separate words with spaces, so a line of running Chinese prose is not one "word".
    /// </summary>
    public static int CountWordsAcrossScripts(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsUnspacedScript(c))
            {
                count++;
                inWord = false;
                continue;
            }

            var space = IsSpace(c);
            count += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return count;
    }

    /// <summary>Whether the character belongs to a script written without spaces between words: Han, kana or Thai.</summary>
    public static bool IsUnspacedScript(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\u0E00' and <= '\u0E7F';
}
