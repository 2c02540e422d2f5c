namespace Summarizer.Core.Cleaning;

/// <summary>
/// Drops a run of blocks that repeats, in the same order, a run found earlier: pages that lay the story out twice
/// (one copy per screen size, a print copy) give every paragraph twice. A single repeated paragraph is kept, since
/// an author may repeat one.
/// </summary>
internal static class RepeatedBlockRuns
{
    private const int MinRunLength = 3;

    public static List<ArticleBlock> Drop(List<ArticleBlock> blocks)
    {
        var firstSeen = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var kept = new List<ArticleBlock>(blocks.Count);
        var i = 0;
        while (i < blocks.Count)
        {
            var run = LongestEarlierRun(blocks, firstSeen, i);
            if (run >= MinRunLength)
            {
                i += run;
                continue;
            }

            Remember(firstSeen, blocks[i].Text, i);
            kept.Add(blocks[i]);
            i++;
        }

        return kept;
    }

    private static int LongestEarlierRun(List<ArticleBlock> blocks, Dictionary<string, List<int>> firstSeen, int start)
    {
        if (!firstSeen.TryGetValue(blocks[start].Text, out var earlier))
        {
            return 0;
        }

        var longest = 0;
        foreach (var from in earlier)
        {
            var length = 0;
            while (start + length < blocks.Count && from + length < start && blocks[from + length].Text == blocks[start + length].Text)
            {
                length++;
            }

            longest = Math.Max(longest, length);
        }

        return longest;
    }

    private static void Remember(Dictionary<string, List<int>> firstSeen, string text, int index)
    {
        if (!firstSeen.TryGetValue(text, out var positions))
        {
            firstSeen[text] = positions = [];
        }

        // A text seen many times (a label) is looked up from its first few places only, so the pass stays linear.
        if (positions.Count < 4)
        {
            positions.Add(index);
        }
    }
}
