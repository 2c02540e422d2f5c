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
        var last = sentence.TrimEnd('"', '”', '’', '\'', ')', ' ')[^1];
        if (last == '?')
        {
            quality *= 0.5;
        }
        else if (last is not ('.' or '!' or '…'))
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
    public static double QuotedShare(string sentence)
    {
        var quoted = 0;
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
                quoted++;
            }
        }

        return sentence.Length == 0 ? 0 : (double)quoted / sentence.Length;
    }

    [GeneratedRegex(
        @"^\s*(by\s+[.\w]|published:|updated:|last (updated|modified)|posted|share( this)?\b|follow (us|me|@)|click here|scroll down|read more|sign up|subscribe|advertisement|copyright|©|photo:|image:|video:|watch:|related:|\d{1,2}:\d{2}\b)|all rights reserved|\b(updated|published) \d+ (minutes?|hours?|days?) ago",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageFurniture();
}
