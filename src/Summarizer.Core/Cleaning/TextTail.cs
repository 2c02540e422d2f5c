namespace Summarizer.Core.Cleaning;

/// <summary>
/// Finds where a pasted story ends and removes link lists: a separator or "More from..." heading followed by little
/// prose ends the story, and runs of short headline-like lines are lists of other stories, unless a sentence of the
/// story introduces them ("The rankings were as follows:"), which makes them the story's own list.
/// </summary>
internal static class TextTail
{
    private const int MinLinkListLines = 3;
    private const int MaxInsetLines = 10;

    public static List<TextLine> Cut(List<TextLine> lines)
    {
        for (var k = 0; k < lines.Count; k++)
        {
            var text = lines[k].Text;
            if (!BoilerplateLines.IsTailMarker(text) && !BoilerplateLines.IsSeparator(text))
            {
                continue;
            }

            if (EndsStory(lines, k))
            {
                return TrimTrailingNonProse(lines.Take(k).ToList());
            }
        }

        return TrimTrailingNonProse(lines);
    }

    // The story ends at a marker with no prose after it, or only stray prose far down a long list; a short list
    // followed by more story is an inset, which DropLinkLists removes.
    private static bool EndsStory(List<TextLine> lines, int marker)
    {
        var rest = lines.Count - marker - 1;
        var proseAfter = lines.Skip(marker + 1).Count(l => l.IsProse);
        var nextProse = lines.FindIndex(marker + 1, l => l.IsProse);
        return proseAfter == 0 || (proseAfter * 3 < rest && nextProse - marker > MaxInsetLines);
    }

    public static List<TextLine> DropLinkLists(List<TextLine> lines)
    {
        var kept = new List<TextLine>(lines.Count);
        var i = 0;
        while (i < lines.Count)
        {
            var runEnd = i;
            while (runEnd < lines.Count && !lines[runEnd].IsProse && !lines[runEnd].IsBullet)
            {
                runEnd++;
            }

            if (runEnd - i >= MinLinkListLines && !IsIntroduced(lines, i) && IsLinkList(lines, i, runEnd))
            {
                i = runEnd;
                continue;
            }

            // "Related article" and the headline or two under it, set between paragraphs of the story.
            if (runEnd > i && runEnd < lines.Count && runEnd - i <= MaxInsetLines && BoilerplateLines.IsTailMarker(lines[i].Text))
            {
                i = runEnd;
                continue;
            }

            kept.AddRange(lines.Skip(i).Take(Math.Max(runEnd - i, 1)));
            i = Math.Max(runEnd, i + 1);
        }

        return kept;
    }

    /// <summary>Whether the lines from <paramref name="start"/> follow a sentence of the story that ends with a colon.</summary>
    private static bool IsIntroduced(List<TextLine> lines, int start) => start > 0 && lines[start - 1].IntroducesList;

    private static bool IsLinkList(List<TextLine> lines, int start, int end)
    {
        var headlines = 0;
        for (var i = start; i < end; i++)
        {
            headlines += lines[i].IsHeadlineLike || BoilerplateLines.IsTailMarker(lines[i].Text) ? 1 : 0;
        }

        return headlines * 10 >= (end - start) * 6;
    }

    // After the last paragraph of prose, two or more short lines, or one headline-like line, are what the page put under the story.
    private static List<TextLine> TrimTrailingNonProse(List<TextLine> lines)
    {
        var lastProse = lines.FindLastIndex(l => l.IsProse);
        if (lastProse < 0)
        {
            return lines;
        }

        if (IsIntroduced(lines, lastProse + 1))
        {
            return lines;
        }

        var trailing = lines.Count - lastProse - 1;
        var single = trailing == 1 ? lines[^1] : null;
        var drop = (trailing >= 2 && !lines.Skip(lastProse + 1).All(l => l.IsBullet)) || (single is not null && single.IsHeadlineLike && !single.Text.StartsWith('(') && !single.IsBullet);
        return drop ? lines.Take(lastProse + 1).ToList() : lines;
    }
}
