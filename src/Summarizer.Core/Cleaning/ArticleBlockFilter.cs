namespace Summarizer.Core.Cleaning;

/// <summary>Final pass over extracted blocks: drops boilerplate lines, a repeated headline and immediate repeats.</summary>
internal static class ArticleBlockFilter
{
    public static List<ArticleBlock> Apply(List<ArticleBlock> blocks, string? title)
    {
        var normalizedTitle = title is null ? null : Comparable(title);
        var kept = new List<ArticleBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (BoilerplateLines.IsBoilerplate(block.Text))
            {
                continue;
            }

            var comparable = Comparable(block.Text);
            if (kept.Count == 0 && block.Kind == BlockKind.Heading && comparable == normalizedTitle)
            {
                continue;
            }

            if (kept.Count > 0 && Comparable(kept[^1].Text) == comparable)
            {
                continue;
            }

            kept.Add(block);
        }

        return kept;
    }

    private static string Comparable(string text) => TextNormalizer.CollapseWhitespace(text).ToLowerInvariant();
}
