using System.Text.RegularExpressions;

namespace Summarizer.Core.Summarization;

/// <summary>
/// How fit a sentence is to stand in a summary, from 0 to 1: page furniture that survives cleaning (bylines,
/// time stamps, share prompts), fragments, questions and run-ons are held back.
/// </summary>
internal static partial class SentenceQuality
{
    // How much a fully quoted sentence loses; chosen on one half of the CNN/DM development set, confirmed on the other.
    private const double QuotedWeight = 0.3;

    public static double Of(string sentence, int wordCount)
    {
        if (wordCount < 4 || PageFurniture().IsMatch(sentence))
        {
            return 0.05;
        }

        var quality = 1.0;
        var last = sentence.TrimEnd('"', '”', '’', '\'', ')', ' ', '」', '』', '）')[^1];
        if (last is '?' or '？' or '؟')
        {
            quality *= 0.5;
        }
        else if (last is not ('.' or '!' or '…' or '。' or '！' or '｡' or '۔' or '।' or '॥'))
        {
            // No terminal punctuation: a heading, caption or label rather than a sentence.
            quality *= 0.3;
        }

        // Quoted speech is colour for the story more than its summary: the larger the quoted share, the lower the
        // quality, so a sentence that is half quotation gives way to a near-equal one in the narrator's words.
        quality *= 1 - (QuotedWeight * QuotedShare(sentence));

        if (wordCount < 8)
        {
            quality *= 0.6;
        }
        else if (wordCount > 60)
        {
            quality *= 0.7;
        }

        return quality;
    }

    /// <summary>
    /// The share of the sentence's characters inside quotation marks: double quotes (straight or curly) and single
    /// quotes as British and Australian papers use them (‘…’ or '…'). An apostrophe between two letters
    /// ("Kilmarnock’s", "don't") is not a quotation mark.
    /// </summary>
    public static double QuotedShare(string sentence) =>
        sentence.Length == 0 ? 0 : (double)ScanQuotes(sentence, []) / sentence.Length;

    /// <summary>
    /// Whether the sentence is a quotation in the first person that names no speaker, which means little on its own:
    /// the rest of a quotation that opened in an earlier sentence ("There are a lot of things to discuss and I have
    /// done that."), or one that opens with its quotation mark and never says who speaks ("‘When I scored I got that
    /// same feeling."). First-person words quoted inside a narrated sentence ("He called it ‘my finest hour’.") do
    /// not count.
    /// </summary>
    public static bool IsSpeakerlessQuotation(string sentence)
    {
        if (!FirstPerson().IsMatch(sentence) || VerbOfSaying().IsMatch(sentence))
        {
            return false;
        }

        if (sentence[0] is '“' or '"' or '‘' or '\'')
        {
            return true;
        }

        var quoted = new bool[sentence.Length];
        ScanQuotes(sentence, quoted);
        foreach (var match in FirstPerson().EnumerateMatches(sentence))
        {
            if (!quoted[match.Index])
            {
                return true;
            }
        }

        return false;
    }

    // Counts the characters inside quotation marks (the marks themselves not), and marks them in quoted when it is
    // not empty.
    private static int ScanQuotes(string sentence, Span<bool> quoted)
    {
        var count = 0;
        var inside = false;
        var single = false;
        for (var i = 0; i < sentence.Length; i++)
        {
            var c = sentence[i];
            var afterLetter = i > 0 && char.IsLetterOrDigit(sentence[i - 1]);
            var beforeLetter = i + 1 < sentence.Length && char.IsLetterOrDigit(sentence[i + 1]);
            var opens = !inside && (c is '“' or '"' || (c is '‘' or '\'' && !afterLetter && beforeLetter));
            var closes = inside && (single ? c is '’' or '\'' && !(afterLetter && beforeLetter) : c is '”' or '"');
            if (opens || closes)
            {
                inside = opens;
                single = opens && c is '‘' or '\'';
                continue;
            }

            if (inside)
            {
                count++;
                if (!quoted.IsEmpty)
                {
                    quoted[i] = true;
                }
            }
        }

        return count;
    }

    // "US" in capitals is the country, so the pronouns are matched as written.
    [GeneratedRegex(@"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]ur|[Oo]urs|us)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\b(?:said|says|say|told|tells|added|adds|explained|wrote|writes|asked|insisted|admitted|claimed|recalled|tweeted|posted|according)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerbOfSaying();

    [GeneratedRegex(
        @"^\s*(by\s+[.\w]|published:|updated:|last (updated|modified)|posted|share( this)?\b|follow (us|me|@)|click here|scroll down|read more|sign up|subscribe|advertisement|copyright|©|photo:|image:|video:|watch:|related:|\d{1,2}:\d{2}\b)|all rights reserved|\b(updated|published) \d+ (minutes?|hours?|days?) ago",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageFurniture();
}
