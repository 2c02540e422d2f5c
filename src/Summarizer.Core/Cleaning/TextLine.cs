namespace Summarizer.Core.Cleaning;

/// <summary>One non-empty line of pasted text, with the shape measures the plain-text extractor decides on.</summary>
internal sealed record TextLine(string Text, bool FollowsBlankLine)
{
    public int Words { get; } = TextNormalizer.CountWordsAcrossScripts(Text);

    /// <summary>Ends like a sentence (full stop, question or exclamation mark, closing quote after one).</summary>
    public bool EndsSentence { get; } = EndsLikeSentence(Text);

    /// <summary>Reads as running prose rather than a label, headline or link.</summary>
    public bool IsProse => (EndsSentence && Words >= 8) || Words >= 25;

    /// <summary>Looks like a headline: a few words without a closing full stop.</summary>
    public bool IsHeadlineLike => !EndsSentence && Words is >= 2 and <= 25;

    /// <summary>A sentence of the story that ends with a colon: the short lines under it are its list.</summary>
    public bool IntroducesList => IsProse && Text.EndsWith(':');

    public bool IsBullet => Text.Length > 2 && (Text[0] is '•' or '·' or '▪' || (Text[0] is '-' or '*' or '+' && Text[1] == ' '));

    private static bool EndsLikeSentence(string text)
    {
        var trimmed = text.TrimEnd('"', '\'', '”', '’', ')', '»', ' ');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？' or ':';
    }
}
