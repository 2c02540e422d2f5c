using System.Text.RegularExpressions;

namespace Summarizer.Core.Summarization;

/// <summary>
/// Removes a news dateline from the start of a sentence ("WASHINGTON (AP) — ", "New York CNN — ", "(CNN) -- ",
/// "Boston (CNN)"), so a summary does not open with where the story was filed. Only a prefix that names a news agency
/// or has a city in capitals, followed by a dash and a capitalised word, counts, or an agency in brackets (after at
/// most a few capitalised place words) right before the text; "Obama — the first..." is left alone.
/// </summary>
internal static partial class Dateline
{
    private const int MaxPrefixWords = 6;

    public static string Strip(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var agency = AgencyInBrackets().Match(sentence);
        if (agency.Success)
        {
            return sentence[agency.Groups["rest"].Index..];
        }

        var match = Prefix().Match(sentence);
        if (!match.Success)
        {
            return sentence;
        }

        var prefix = match.Groups["prefix"].Value;
        var words = prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var isDateline = words.Length <= MaxPrefixWords
            && words.All(w => w[0] == '(' || char.IsUpper(w[0]))
            && (Agency().IsMatch(prefix) || words.Any(w => w.Trim(',', '.').Length >= 3 && w.Trim(',', '.').All(char.IsUpper)));
        return isDateline ? sentence[match.Groups["rest"].Index..] : sentence;
    }

    [GeneratedRegex(@"^(?<prefix>\(?\p{Lu}[\p{L}.'’ ,()/-]{0,60}?)\s+(—|–|--|-)\s+(?<rest>\p{Lu})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex Prefix();

    // "(CNN)Text", "Boston (CNN)Text", "New Delhi, India (CNN) Text": an agency in brackets, with or without a place
    // before it, and no dash.
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}.'’]*(?:,?\s+\p{Lu}[\p{L}.'’]*){0,3}\s+)?\((?:AP|CNN|Reuters|AFP|UPI|dpa|Xinhua|Bloomberg|BBC)\)\s*(?<rest>[\p{Lu}\d""“‘])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex AgencyInBrackets();

    [GeneratedRegex(@"\b(AP|CNN|Reuters|AFP|UPI|dpa|Xinhua|Bloomberg|BBC)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex Agency();
}
