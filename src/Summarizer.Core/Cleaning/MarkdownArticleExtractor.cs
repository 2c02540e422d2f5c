using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Summarizer.Core.Cleaning;

/// <summary>Reads Markdown with Markdig and keeps its text and structure without the markup; front matter gives metadata.</summary>
internal static class MarkdownArticleExtractor
{
    // Markdown nests quotes and lists by prefix; prefixes longer than this are flattened so parsing stays shallow.
    private const int MaxLinePrefix = 48;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().Build();

    public static ExtractedArticle Extract(string text, CancellationToken cancellationToken)
    {
        var document = Markdown.Parse(FlattenDeepPrefixes(text), Pipeline);
        cancellationToken.ThrowIfCancellationRequested();
        var frontMatter = ReadFrontMatter(document);
        var blocks = new List<ArticleBlock>();
        string? firstHeading = null;
        var pending = new Stack<(Block Block, BlockKind Context)>();
        for (var i = document.Count - 1; i >= 0; i--)
        {
            pending.Push((document[i], BlockKind.Paragraph));
        }

        while (pending.Count > 0)
        {
            var (block, context) = pending.Pop();
            switch (block)
            {
                case YamlFrontMatterBlock or ThematicBreakBlock or HtmlBlock:
                    break;
                case HeadingBlock heading:
                    var headingText = InlineText(heading.Inline);
                    firstHeading ??= heading.Level == 1 && blocks.Count == 0 ? headingText : null;
                    Add(blocks, BlockKind.Heading, headingText);
                    break;
                case CodeBlock code:
                    Add(blocks, BlockKind.Preformatted, code.Lines.ToString().TrimEnd());
                    break;
                case ParagraphBlock paragraph:
                    Add(blocks, context, InlineText(paragraph.Inline));
                    break;
                case TableRow row:
                    Add(blocks, BlockKind.Paragraph, string.Join(" | ", row.OfType<TableCell>().Select(CellText)));
                    break;
                case ContainerBlock container:
                    var childContext = container switch
                    {
                        ListItemBlock => BlockKind.ListItem,
                        QuoteBlock => BlockKind.Quote,
                        _ => context,
                    };
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        pending.Push((container[i], childContext));
                    }

                    break;
            }
        }

        var title = frontMatter.GetValueOrDefault("title") ?? firstHeading;
        return new ExtractedArticle(WithoutTitleHeading(ArticleBlockFilter.Apply(blocks), title))
        {
            Title = title,
            Byline = frontMatter.GetValueOrDefault("author"),
            Published = PublishedDate.Parse(frontMatter.GetValueOrDefault("date")),
            Description = frontMatter.GetValueOrDefault("description"),
            DeclaredLanguage = LanguageCode.Normalize(frontMatter.GetValueOrDefault("lang") ?? frontMatter.GetValueOrDefault("language")),
        };
    }

    // The heading the title came from (or one repeating the front matter's title) opens the document; the text starts after it.
    private static List<ArticleBlock> WithoutTitleHeading(List<ArticleBlock> blocks, string? title) =>
        blocks is [{ Kind: BlockKind.Heading } first, ..] && title is not null && TextNormalizer.Comparable(first.Text) == TextNormalizer.Comparable(title) ? blocks[1..] : blocks;

    private static void Add(List<ArticleBlock> blocks, BlockKind kind, string text)
    {
        var normalized = kind == BlockKind.Preformatted ? text : TextNormalizer.CollapseWhitespace(text);
        if (normalized.Length > 0)
        {
            blocks.Add(new ArticleBlock(kind, normalized));
        }
    }

    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline)));

    private static string InlineText(ContainerInline? root)
    {
        if (root is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        var pending = new Stack<Inline>();
        PushChildren(pending, root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline container:
                    PushChildren(pending, container);
                    break;
            }
        }

        return builder.ToString();
    }

    private static void PushChildren(Stack<Inline> pending, ContainerInline container)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(child);
        }
    }

    private static Dictionary<string, string> ReadFrontMatter(MarkdownDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (document.OfType<YamlFrontMatterBlock>().FirstOrDefault() is not { } frontMatter)
        {
            return values;
        }

        foreach (var line in frontMatter.Lines.ToString().Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !char.IsWhiteSpace(line[0]))
            {
                var value = line[(colon + 1)..].Trim().Trim('"', '\'');
                if (value.Length > 0)
                {
                    values.TryAdd(line[..colon].Trim(), value);
                }
            }
        }

        return values;
    }

    private static string FlattenDeepPrefixes(string text)
    {
        if (!text.Split('\n').Any(line => PrefixLength(line) > MaxLinePrefix))
        {
            return text;
        }

        return string.Join('\n', text.Split('\n').Select(line => PrefixLength(line) > MaxLinePrefix ? line[PrefixLength(line)..] : line));
    }

    private static int PrefixLength(string line)
    {
        var length = 0;
        while (length < line.Length && line[length] is ' ' or '\t' or '>' or '-' or '*' or '+')
        {
            length++;
        }

        return length;
    }
}
