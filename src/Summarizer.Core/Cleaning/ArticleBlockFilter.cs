namespace Summarizer.Core.Cleaning;

/// <summary>
/// Final pass over extracted blocks: drops boilerplate lines (also single lines of a block broken with line
/// breaks), short lines repeated back to back, embedded social posts and the chrome that widgets set among the paragraphs (captions, social posts,
/// post meta data, unfilled templates).
/// </summary>
internal static class ArticleBlockFilter
{
    // Link lists repeat short headlines back to back; a repeated paragraph of prose may be the author's own.
    private const int MaxRepeatedLineWords = 20;

    public static List<ArticleBlock> Apply(List<ArticleBlock> blocks) => Apply(blocks, LineRuleSet.All);

    public static List<ArticleBlock> Apply(List<ArticleBlock> blocks, LineRuleSet rules)
    {
        var kept = new List<ArticleBlock>(blocks.Count);
        var embeddedPosts = rules.Applies(LineRules.EmbeddedPosts) ? EmbeddedPosts(blocks) : [];
        if (embeddedPosts.Count > 0)
        {
            rules.Record(LineRules.EmbeddedPosts);
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (embeddedPosts.Contains(i) || WithoutBoilerplate(blocks[i], rules) is not { } block)
            {
                continue;
            }

            if (kept.Count > 0 && TextNormalizer.CountWords(block.Text) <= MaxRepeatedLineWords && TextNormalizer.Comparable(kept[^1].Text) == TextNormalizer.Comparable(block.Text) && rules.Applies(LineRules.RepeatedLines))
            {
                rules.Record(LineRules.RepeatedLines);
                continue;
            }

            // The original instance is kept when nothing changed, so that sets keyed on it still find it.
            kept.Add(block.Text == blocks[i].Text ? blocks[i] : block);
        }

        return kept;
    }

    // A block broken with <br> ("Copyright and Trade Mark Notice<br>© 2008 ...") is judged line by line.
    private static ArticleBlock? WithoutBoilerplate(ArticleBlock block, LineRuleSet rules)
    {
        if (block.Kind == BlockKind.Preformatted)
        {
            return block;
        }

        var lines = block.Text.Split('\n')
            .Select(line => line.TrimEnd())
            .Where(line => !BoilerplateLines.IsBoilerplate(line, rules) && !IsChrome(line, rules))
            .ToList();
        if (lines.Count == 0)
        {
            return null;
        }

        var text = string.Join('\n', lines);
        return text == block.Text ? block : block with { Text = text };
    }

    // Lines that the page's widgets set in the story: captions, social posts, post meta data, unfilled templates.
    private static bool IsChrome(string line, LineRuleSet rules) =>
        rules.Test(LineRules.Captions, line, CaptionLines.IsCaption)
        || rules.Test(LineRules.SocialPostLines, line, SocialPostLines.IsPostLine)
        || rules.Test(LineRules.PostMeta, line, BoilerplateLines.IsPostMeta)
        || rules.Test(LineRules.TemplatePlaceholders, line, BoilerplateLines.HasTemplatePlaceholder);

    // An embedded post is its text in a quote and the attribution under it ("— Jane Doe (@janedoe) March 18, 2017"):
    // both go, the attribution and the one quote block right before it.
    private static HashSet<int> EmbeddedPosts(List<ArticleBlock> blocks)
    {
        var doomed = new HashSet<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Text.Length > SocialPostLines.MaxPostLength + 120 || !SocialPostLines.IsAttribution(block.Text.Split('\n')[^1]))
            {
                continue;
            }

            doomed.Add(i);
            if (i > 0 && blocks[i - 1].Kind == BlockKind.Quote && blocks[i - 1].Text.Length <= SocialPostLines.MaxPostLength)
            {
                doomed.Add(i - 1);
            }
        }

        return doomed;
    }
}
