namespace Summarizer.Core.Cleaning;

/// <summary>Final pass over extracted blocks: drops boilerplate lines, a repeated headline and short lines repeated back to back.</summary>
internal static class ArticleBlockFilter
{
    // Link lists repeat short headlines back to back; a repeated paragraph of prose may be the author's own.
    private const int MaxRepeatedLineWords = 20;

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

            if (kept.Count > 0 && TextNormalizer.CountWords(block.Text) <= MaxRepeatedLineWords && Comparable(kept[^1].Text) == comparable)
            {
                continue;
            }

            kept.Add(block);
        }

        return kept;
    }

    private static string Comparable(string text) => TextNormalizer.CollapseWhitespace(text).ToLowerInvariant();
}
