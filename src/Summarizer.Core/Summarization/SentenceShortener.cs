using System.Text.RegularExpressions;

namespace Summarizer.Core.Summarization;

/// <summary>
/// Shortens an article sentence where that is safe: a leading dateline or connective ("And", "But", "However,")
/// goes, a trailing attribution (", officials said.") goes, and a sentence still too long is cut at a comma that
/// opens a subordinate phrase. What remains is always a contiguous part of the sentence.
/// </summary>
internal static partial class SentenceShortener
{
    private const int MinWords = 6;

    /// <summary>The sentence without a dateline or a leading connective, first letter capitalised.</summary>
    public static string TrimOpening(string sentence)
    {
        var text = Dateline.Strip(sentence);
        var match = LeadingConnective().Match(text);
        if (match.Success && WordCount(text[match.Length..]) >= MinWords)
        {
            text = Capitalize(text[match.Length..]);
        }

        return text;
    }

    /// <summary>The sentence trimmed at both ends and cut to at most <paramref name="maxWords"/> words where it can be; null when it cannot.</summary>
    public static string? Shorten(string sentence, int maxWords)
    {
        var text = DropAttribution(TrimOpening(sentence));
        if (WordCount(text) <= maxWords)
        {
            return text;
        }

        string? best = null;
        foreach (Match cut in SubordinateComma().Matches(text))
        {
            var head = text[..cut.Index].TrimEnd();
            var words = WordCount(head);
            if (words > maxWords)
            {
                break;
            }

            if (words >= MinWords && Balanced(head))
            {
                best = head;
            }
        }

        return best is null ? null : EndSentence(best);
    }

    /// <summary>Drops a trailing attribution (", police said.", ", according to the ministry.") from the sentence.</summary>
    public static string DropAttribution(string sentence)
    {
        var match = TrailingAttribution().Match(sentence);
        if (!match.Success || WordCount(sentence[..match.Index]) < MinWords || !Balanced(sentence[..match.Index]))
        {
            return sentence;
        }

        return EndSentence(sentence[..match.Index]);
    }

    public static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string EndSentence(string head)
    {
        head = head.TrimEnd(' ', ',', ';', ':', '-', '–', '—');
        return head.Length > 0 && head[^1] is '.' or '!' or '?' ? head : head + ".";
    }

    private static string Capitalize(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    // An even number of straight double quotes and as many opening as closing curly quotes and brackets.
    private static bool Balanced(string text) =>
        text.Count(c => c == '"') % 2 == 0
        && text.Count(c => c == '“') == text.Count(c => c == '”')
        && text.Count(c => c == '(') == text.Count(c => c == ')');

    [GeneratedRegex(@"^(And|But|However|So|Yet|Also|Meanwhile|Moreover|Furthermore|Besides|Still|Nevertheless|Nonetheless|In addition|Additionally|Indeed|Now|Then|Instead)\b,?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingConnective();

    [GeneratedRegex(
        @",\s+(?:(?:(?:[\p{Lu}][\w.’'-]*|the|a|an|its|his|her|their|[\p{Ll}][\w’'-]*)\s+){0,5}(?:said|says|told\s+[^,.;]{1,40}|reported|reports|added|announced|confirmed|wrote)(?:\s+on\s+\p{Lu}\w+|\s+in\s+a\s+statement|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?|according\s+to\s+[^,;]{1,60}|(?:said|says)\s+[^,;]{1,60})\s*(?<end>[.!])$",
        RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAttribution();

    [GeneratedRegex(
        @",\s+(?=(?:in|as|with|after|while|which|who|whose|where|when|but|amid|following|including|despite|before|during|according|saying|leaving|making|bringing|prompting|although|though|because|since|until|even|although)\b)|\s+[-–—]\s+",
        RegexOptions.CultureInvariant)]
    private static partial Regex SubordinateComma();
}
