using System.Text.RegularExpressions;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Cuts what a page puts around the story in the chosen container: a "You may also like" or "More from..."
/// heading with no more prose after it, the teasers of other stories (blocks that are mostly a link, with their
/// kicker labels) after the last paragraph, and runs of such teasers between paragraphs, unless a sentence of the
/// story ending with a colon introduced them. Where links outweigh the rest twice over, the page is a list of them
/// and they stay.
/// </summary>
internal static partial class ArticleBlockTail
{
    private const int MinTrailingTeasers = 2;
    private const int MinTeaserRun = 3;
    private const int MaxTeaserWords = 25;
    private const int MaxLabelWords = 3;
    private const int MaxShortHeadlineWords = 15;
    private const int MaxAuthorBoxBlocks = 3;
    private const int MaxQuestionHeadlineWords = 15;
    private const int MaxSummaryTeaserWords = 60;
    private const int MaxBlurbs = 10;
    private const int ListOfLinksFactor = 2;

    public static List<ArticleBlock> Cut(List<ArticleBlock> blocks, ISet<ArticleBlock> linked) => Cut(blocks, linked, LineRuleSet.All);

    public static List<ArticleBlock> Cut(List<ArticleBlock> blocks, ISet<ArticleBlock> linked, LineRuleSet rules)
    {
        if (blocks.Count == 0)
        {
            return blocks;
        }

        var lines = blocks.Select(b => ShapeOf(b.Text)).ToList();
        var end = EndAtTailMarker(blocks, lines, rules);
        if (IsListOfLinks(blocks, linked, end))
        {
            return blocks.Take(end).ToList();
        }

        if (rules.Applies(LineRules.TrailingTeasers))
        {
            var trimmed = TrimTrailingTeasers(blocks, lines, linked, end);
            if (trimmed < end)
            {
                rules.Record(LineRules.TrailingTeasers);
                end = trimmed;
            }
        }

        if (!rules.Applies(LineRules.TeaserRuns))
        {
            return blocks.Take(end).ToList();
        }

        var kept = DropTeaserRuns(blocks, lines, linked, end);
        if (kept.Count < end)
        {
            rules.Record(LineRules.TeaserRuns);
        }

        return kept;
    }

    // Where links outweigh the rest of the article twice over, they are not teasers of other stories set around
    // it: the page is a list of them (an index, a listing), with its introduction.
    private static bool IsListOfLinks(List<ArticleBlock> blocks, ISet<ArticleBlock> linked, int end)
    {
        var linkedLength = 0;
        var otherLength = 0;
        foreach (var block in blocks.Take(end))
        {
            if (linked.Contains(block))
            {
                linkedLength += block.Text.Length;
            }
            else
            {
                otherLength += block.Text.Length;
            }
        }

        return linkedLength > ListOfLinksFactor * otherLength;
    }

    // The first tail marker after the story's first paragraph with no prose after it ends the story, and so does
    // the author's box: its heading with the bio (a paragraph or two) under it.
    private static int EndAtTailMarker(List<ArticleBlock> blocks, List<TextLine> lines, LineRuleSet rules)
    {
        var firstProse = lines.FindIndex(l => l.IsProse);
        if (firstProse < 0)
        {
            return lines.Count;
        }

        for (var i = firstProse + 1; i < lines.Count; i++)
        {
            if (rules.Applies(LineRules.TailMarker) && BoilerplateLines.IsTailMarker(lines[i].Text) && (!lines.Skip(i + 1).Any(l => l.IsProse) || OnlyBlurbsFollow(lines, i)))
            {
                rules.Record(LineRules.TailMarker);
                return i;
            }

            if (rules.Applies(LineRules.AuthorBox) && IsAuthorBoxHeading(blocks[i], lines[i]) && lines.Count - i - 1 <= MaxAuthorBoxBlocks)
            {
                rules.Record(LineRules.AuthorBox);
                return i;
            }
        }

        return lines.Count;
    }

    // Under a "Most popular" heading a site may set one-sentence blurbs of other stories; a section of the story
    // has longer paragraphs.
    private static bool OnlyBlurbsFollow(List<TextLine> lines, int marker) =>
        lines.Count - marker - 1 is >= MinTrailingTeasers and <= MaxBlurbs && lines.Skip(marker + 1).All(l => l.Words <= MaxTeaserWords && !l.IntroducesList);

    private static bool IsAuthorBoxHeading(ArticleBlock block, TextLine line) =>
        BoilerplateLines.IsAuthorBoxHeading(line.Text) || (block.Kind == BlockKind.Heading && BoilerplateLines.IsNamedAuthorBoxHeading(line.Text));

    private static int TrimTrailingTeasers(List<ArticleBlock> blocks, List<TextLine> lines, ISet<ArticleBlock> linked, int end)
    {
        var lastProse = end == 0 ? -1 : lines.FindLastIndex(end - 1, end, l => l.IsProse && !IsSummaryTeaser(l));
        if (lastProse < 0 || lines[lastProse].IntroducesList)
        {
            return end;
        }

        // Lines count, not blocks: one box of headlines broken with <br> is as many teasers as it has lines.
        var trailing = Enumerable.Range(lastProse + 1, end - lastProse - 1).ToList();
        if (trailing.Sum(i => blocks[i].Text.Count(c => c == '\n') + 1) < MinTrailingTeasers)
        {
            return end;
        }

        // A list closing the story (its key points, its sources) is list items none of which links elsewhere.
        if (trailing.All(i => blocks[i].Kind == BlockKind.ListItem) && !trailing.Any(i => linked.Contains(blocks[i])))
        {
            return end;
        }

        // Table rows alone under the story are its table; among teasers and labels they are a sidebar's.
        var others = trailing.Where(i => !IsTableRowOrReference(blocks[i])).ToList();
        var furniture = others.Count(i => IsTeaser(blocks[i], lines[i], linked) || IsLabel(blocks[i], lines[i]) || IsShortHeadline(blocks[i], lines[i]));
        return others.Count > 0 && furniture * 10 >= others.Count * 8 ? lastProse + 1 : end;
    }

    private static List<ArticleBlock> DropTeaserRuns(List<ArticleBlock> blocks, List<TextLine> lines, ISet<ArticleBlock> linked, int end)
    {
        var kept = new List<ArticleBlock>(end);
        var i = 0;
        while (i < end)
        {
            var runEnd = i;
            while (runEnd < end && (IsTeaser(blocks[runEnd], lines[runEnd], linked) || IsLabel(blocks[runEnd], lines[runEnd])))
            {
                runEnd++;
            }

            // A kicker may open a run of teasers; a heading after them opens the story's next part.
            while (runEnd > i && !IsTeaser(blocks[runEnd - 1], lines[runEnd - 1], linked))
            {
                runEnd--;
            }

            var teasers = Enumerable.Range(i, runEnd - i).Count(k => IsTeaser(blocks[k], lines[k], linked));
            var kickedTeaser = runEnd == i + 1 && IsKickedTeaser(blocks[i], lines[i], linked);
            if ((teasers >= MinTeaserRun || kickedTeaser) && !(i > 0 && lines[i - 1].IntroducesList) && HasProseOutside(lines, i, runEnd))
            {
                i = runEnd;
                continue;
            }

            kept.AddRange(blocks.Skip(i).Take(Math.Max(runEnd - i, 1)));
            i = Math.Max(runEnd, i + 1);
        }

        return kept;
    }

    // A linked headline behind a kicker in capitals ("DISTANT LIFE: Scientists hear strange sounds from space") is a
    // teaser even alone between paragraphs: the story's own text does not open with a label in capitals.
    private static bool IsKickedTeaser(ArticleBlock block, TextLine line, ISet<ArticleBlock> linked) =>
        IsTeaser(block, line, linked) && !line.Text.Contains('\n', StringComparison.Ordinal) && CapitalKicker().IsMatch(line.Text);

    // A block broken with <br> into short lines (a list of headlines in one box) is prose only if one of its lines is.
    private static TextLine ShapeOf(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return new TextLine(text, FollowsBlankLine: true);
        }

        var lines = text.Split('\n').Select(line => new TextLine(line, FollowsBlankLine: false)).ToList();
        return lines.Find(line => line.IsProse) ?? lines[0];
    }

    private static bool HasProseOutside(List<TextLine> lines, int start, int end) =>
        lines.Take(start).Any(l => l.IsProse) || lines.Skip(end).Any(l => l.IsProse);

    // A headline linking elsewhere: mostly link text, a few words, no table row.
    private static bool IsTeaser(ArticleBlock block, TextLine line, ISet<ArticleBlock> linked) => IsSummaryTeaser(line) ||
        linked.Contains(block) && line.Words is > 0 and <= MaxTeaserWords && (!line.IsProse || IsQuestionOrExclamationHeadline(line)) && !IsTableRowOrReference(block);

    // Headlines end without a full stop, but a question or an exclamation ("Will the ferry run this winter?")
    // reads like a sentence: short and linked, it is still a teaser.
    private static bool IsQuestionOrExclamationHeadline(TextLine line) =>
        line.Words <= MaxQuestionHeadlineWords && line.Text.TrimEnd('"', '\'', '”', '’', ')', ' ') is [.., '?' or '!'];

    // A portal's summary of another story, ending with the link to it ("… Full Story", "… Read more...").
    private static bool IsSummaryTeaser(TextLine line) => line.Words <= MaxSummaryTeaserWords && BoilerplateLines.EndsWithMoreLink(line.Text);

    // A headline-like line of a few words, not a table row or a reference with its address.
    private static bool IsShortHeadline(ArticleBlock block, TextLine line) =>
        line.IsHeadlineLike && line.Words <= MaxShortHeadlineWords && !IsTableRowOrReference(block);

    private static bool IsTableRowOrReference(ArticleBlock block) =>
        block.Text.Contains("| ", StringComparison.Ordinal) || block.Text.Contains("://", StringComparison.Ordinal);

    // A kicker ("POLITICS"), a date or a one-line heading beside teasers.
    private static bool IsLabel(ArticleBlock block, TextLine line) =>
        line.Words is > 0 and <= MaxLabelWords && !line.EndsSentence && !line.Text.EndsWith(',') && !IsTableRowOrReference(block);

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\d'’&-]+( [\p{Lu}\d'’&-]+){0,3}:\s+\S", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex CapitalKicker();
}
