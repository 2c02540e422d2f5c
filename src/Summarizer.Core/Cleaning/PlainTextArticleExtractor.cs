using System.Text.RegularExpressions;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Extracts the article from text copied off a web page: the headline, the dek, byline and date from the lines
/// above the story, then the story itself without share prompts, timestamps and the link lists that follow it.
/// </summary>
internal static partial class PlainTextArticleExtractor
{
    private const int HeaderWindow = 15;
    private const int MaxTitleLength = 200;
    private const int MaxHeadingWords = 12;
    private const int MaxNavigationItemWords = 4;
    private const int MinNavigationHeadlineWords = 4;
    private const int MaxDatelineWords = 6;

    public static ExtractedArticle Extract(string text, CancellationToken cancellationToken)
    {
        var lines = TextLines.Split(text);
        cancellationToken.ThrowIfCancellationRequested();
        if (lines.Count == 0)
        {
            return new ExtractedArticle([]);
        }

        var titleIndex = FindTitle(lines);
        var title = titleIndex >= 0 ? lines[titleIndex].Text : null;
        var header = ReadHeader(lines, titleIndex + 1, title);
        var body = Clean(lines, header.BodyStart, title);
        return new ExtractedArticle(ToBlocks(body))
        {
            Title = title,
            Byline = header.Byline,
            Published = header.Published,
            Description = header.Dek,
        };
    }

    /// <summary>
    /// The headline's line: the first line when it reads as a headline of four or more words; otherwise, after a
    /// page's leading navigation ("Skip to content", "Home", "Hot Stocks": boilerplate or short items), a headline
    /// with a byline, date or share prompt right under it, or else the first line or the first longer headline; -1
    /// when none.
    /// </summary>
    private static int FindTitle(List<TextLine> lines)
    {
        if (IsTitle(lines[0]) && lines[0].Words >= MinNavigationHeadlineWords)
        {
            return 0;
        }

        // A short first line may be a section label or a menu item ("Markets", "Hot Stocks"): a headline further down,
        // with only such lines above it and a byline, date or share prompt right under it, is the title.
        var afterNavigation = -1;
        for (var i = 0; i < Math.Min(lines.Count, HeaderWindow); i++)
        {
            var line = lines[i];
            if (IsTitle(line) && line.IsHeadlineLike && line.Words >= MinNavigationHeadlineWords)
            {
                if (i + 1 < lines.Count && IsHeaderMeta(lines[i + 1].Text, null))
                {
                    return i;
                }

                afterNavigation = afterNavigation < 0 ? i : afterNavigation;
            }

            if (line.IsProse || (line.Words > MaxNavigationItemWords && !BoilerplateLines.IsBoilerplate(line.Text)))
            {
                break;
            }
        }

        return IsTitle(lines[0]) ? 0 : afterNavigation;
    }

    private static bool IsTitle(TextLine line) =>
        line.Text.Length <= MaxTitleLength && !line.IsProse && line.Words >= 1 && !BoilerplateLines.IsBoilerplate(line.Text) && !line.IsBullet;

    private static TextHeader ReadHeader(List<TextLine> lines, int start, string? title)
    {
        var lastMeta = -1;
        var sawBylineOrDate = false;
        var end = Math.Min(lines.Count, start + HeaderWindow);
        for (var i = start; i < end; i++)
        {
            // The story starts at two paragraphs in a row, or at the first paragraph after the byline or date: a dek
            // comes before those, and an advertisement line after a paragraph does not make it header.
            if (lines[i].IsProse && (sawBylineOrDate || (i + 1 < lines.Count && lines[i + 1].IsProse)))
            {
                break;
            }

            if (IsHeaderMeta(lines[i].Text, title))
            {
                lastMeta = i;
                sawBylineOrDate |= BoilerplateLines.IsDateLine(lines[i].Text) || BylinePrefix().IsMatch(lines[i].Text);
            }
        }

        if (lastMeta < 0)
        {
            return new TextHeader(start, null, null, null);
        }

        string? dek = null, byline = null;
        DateTimeOffset? published = null;
        for (var i = start; i <= lastMeta; i++)
        {
            var line = lines[i];
            if (BoilerplateLines.IsDateLine(line.Text))
            {
                published ??= PublishedDate.Parse(line.Text);
            }
            else if (BylinePrefix().Match(line.Text) is { Success: true } match)
            {
                byline ??= match.Groups["name"].Value.Trim();
            }
            else if (IsHeaderMeta(line.Text, title))
            {
                continue;
            }
            else if (line.EndsSentence || line.Words > 12)
            {
                dek ??= line.Text;
            }
            else if (IsNameLike(line.Text))
            {
                byline ??= line.Text;
            }
            else if (NameWithRole().Match(line.Text) is { Success: true } withRole)
            {
                byline ??= withRole.Groups["name"].Value;
            }
        }

        return new TextHeader(lastMeta + 1, dek, byline, published);
    }

    private static bool IsHeaderMeta(string text, string? title) =>
        BoilerplateLines.IsBoilerplate(text) || BoilerplateLines.IsDateLine(text) || BylinePrefix().IsMatch(text) || SameText(text, title);

    // "Associated Press", "Jane Doe and John Roe": a few capitalised words with no sentence punctuation.
    private static bool IsNameLike(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 6
            && text.Length <= 60
            && !text.Any(char.IsDigit)
            && words.All(w => char.IsUpper(w[0]) || w is "and" or "of" or "de" or "van" or "von" or "the" or "&");
    }

    private static List<TextLine> Clean(List<TextLine> lines, int start, string? title)
    {
        var kept = new List<TextLine>(lines.Count - start);
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (BoilerplateLines.IsBoilerplate(line.Text) && !BoilerplateLines.IsSeparator(line.Text))
            {
                continue;
            }

            // A short line right under a photo credit is the photo's caption; one right above a video's length is its title.
            if (line.IsHeadlineLike && !line.IsProse
                && ((i > 0 && BoilerplateLines.IsCredit(lines[i - 1].Text)) || (i + 1 < lines.Count && BoilerplateLines.IsDuration(lines[i + 1].Text))))
            {
                continue;
            }

            if (SameText(line.Text, title) || BoilerplateLines.IsDateLine(line.Text) || (kept.Count > 0 && SameText(kept[^1].Text, line.Text)))
            {
                continue;
            }

            // A dateline copied onto its own line ("New York CNN —") belongs to the paragraph it opens.
            if (line.Words <= MaxDatelineWords && line.Text.EndsWith('—') && i + 1 < lines.Count && lines[i + 1].IsProse)
            {
                lines[i + 1] = new TextLine(line.Text + " " + lines[i + 1].Text, line.FollowsBlankLine);
                continue;
            }

            kept.Add(line);
        }

        kept = TextTail.Cut(kept);
        return TextTail.DropLinkLists(kept);
    }

    private static List<ArticleBlock> ToBlocks(List<TextLine> lines)
    {
        var blocks = new List<ArticleBlock>(lines.Count);
        var inIntroducedList = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (BoilerplateLines.IsSeparator(line.Text))
            {
                continue;
            }

            // Short lines after a sentence ending with a colon are that sentence's list, whose bullets were lost in the copy.
            inIntroducedList = !line.IsProse && (inIntroducedList || (i > 0 && lines[i - 1].IntroducesList));
            if (line.IsBullet)
            {
                blocks.Add(new ArticleBlock(BlockKind.ListItem, line.Text[1..].Trim()));
            }
            else if (inIntroducedList)
            {
                blocks.Add(new ArticleBlock(BlockKind.ListItem, line.Text));
            }
            else if (line.Text.StartsWith('>'))
            {
                blocks.Add(new ArticleBlock(BlockKind.Quote, line.Text.TrimStart('>', ' ')));
            }
            else if (line.IsHeadlineLike && line.Words <= MaxHeadingWords && i + 1 < lines.Count && lines[i + 1].IsProse)
            {
                blocks.Add(new ArticleBlock(BlockKind.Heading, line.Text));
            }
            else
            {
                blocks.Add(new ArticleBlock(BlockKind.Paragraph, line.Text));
            }
        }

        return blocks;
    }

    private static bool SameText(string text, string? other) =>
        other is not null && string.Equals(TextNormalizer.CollapseWhitespace(text), TextNormalizer.CollapseWhitespace(other), StringComparison.OrdinalIgnoreCase);

    private sealed record TextHeader(int BodyStart, string? Dek, string? Byline, DateTimeOffset? Published);

    [GeneratedRegex(@"^(by|written by|words by|von|par|por|di)\s+(?<name>[^\d]{2,80})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex BylinePrefix();

    // "Emma Jones Environment correspondent", "John Roe, Political editor": a capitalised name, then the job (the
    // shortest name that leaves a job title, as most bylines have two names).
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+){1,3}?),?\s+([\p{L}-]+\s+){0,3}(correspondent|editor|reporter|writer|columnist|contributor|analyst|journalist)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex NameWithRole();
}
