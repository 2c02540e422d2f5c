namespace Summarizer.Core.Cleaning;

/// <summary>Splits pasted text into lines, joining hard-wrapped paragraphs (lines of similar width between blank lines).</summary>
internal static class TextLines
{
    public static List<TextLine> Split(string text)
    {
        var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        return IsHardWrapped(raw) ? JoinParagraphs(raw) : OnePerLine(raw);
    }

    private static List<TextLine> OnePerLine(string[] raw)
    {
        var lines = new List<TextLine>();
        var blankBefore = true;
        foreach (var line in raw)
        {
            var text = TextNormalizer.CollapseWhitespace(line);
            if (text.Length == 0)
            {
                blankBefore = true;
                continue;
            }

            lines.Add(new TextLine(text, blankBefore));
            blankBefore = false;
        }

        return lines;
    }

    private static List<TextLine> JoinParagraphs(string[] raw)
    {
        var lines = new List<TextLine>();
        var paragraph = new List<string>();
        foreach (var line in raw.Append(string.Empty))
        {
            var text = TextNormalizer.CollapseWhitespace(line);
            if (text.Length > 0)
            {
                paragraph.Add(text);
                continue;
            }

            if (paragraph.Count > 0)
            {
                lines.Add(new TextLine(string.Join(' ', paragraph), true));
                paragraph.Clear();
            }
        }

        return lines;
    }

    // Text wrapped at a fixed width has most of its long lines within a narrow band and paragraphs of several lines.
    private static bool IsHardWrapped(string[] raw)
    {
        var lengths = raw.Select(l => l.TrimEnd().Length).Where(l => l >= 30).ToList();
        if (lengths.Count < 5 || lengths.Max() > 120)
        {
            return false;
        }

        var inBand = lengths.Count(l => l is >= 50 and <= 100);
        var consecutive = 0;
        for (var i = 1; i < raw.Length; i++)
        {
            consecutive += raw[i].Trim().Length > 0 && raw[i - 1].Trim().Length > 0 ? 1 : 0;
        }

        return inBand >= lengths.Count * 0.8 && consecutive >= lengths.Count / 2;
    }
}
