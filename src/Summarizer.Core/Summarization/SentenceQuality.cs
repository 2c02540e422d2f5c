using System.Text.RegularExpressions;

namespace Summarizer.Core.Summarization;

/// <summary>
/// How fit a sentence is to stand in a summary, from 0 to 1: page furniture that survives cleaning (bylines,
/// time stamps, share prompts), fragments, questions and run-ons are held back.
/// </summary>
internal static partial class SentenceQuality
{
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

        if (QuotedShare(sentence) > 0.6)
        {
            // Mostly quoted speech: colour for the story, rarely its summary.
            quality *= 0.6;
        }

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

    private static double QuotedShare(string sentence)
    {
        var quoted = 0;
        var inside = false;
        foreach (var c in sentence)
        {
            if (c is '"' or '“' or '”')
            {
                inside = c == '“' || (c == '"' && !inside);
                continue;
            }

            if (inside)
            {
                quoted++;
            }
        }

        return (double)quoted / sentence.Length;
    }

    [GeneratedRegex(
        @"^\s*(by\s+[.\w]|published:|updated:|last (updated|modified)|posted|share( this)?\b|follow (us|me|@)|click here|scroll down|read more|sign up|subscribe|advertisement|copyright|©|photo:|image:|video:|watch:|related:|\d{1,2}:\d{2}\b)|all rights reserved|\b(updated|published) \d+ (minutes?|hours?|days?) ago",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageFurniture();
}
