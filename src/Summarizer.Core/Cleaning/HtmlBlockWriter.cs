using System.Text;
using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>Turns an HTML subtree into article blocks: paragraphs, headings, list items, quotes and preformatted text.</summary>
internal static class HtmlBlockWriter
{
    private static readonly HashSet<string> BlockElements =
    [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "dt", "dd", "dl", "blockquote", "pre", "figure", "figcaption", "table", "tr", "ul", "ol", "form", "fieldset",
        "address", "details", "summary", "hr", "caption", "center", "body", "html", "tbody", "thead", "tfoot", "hgroup",
    ];

    private static readonly HashSet<string> Skipped = ["script", "style", "noscript", "template", "svg", "canvas", "head", "title", "button", "select", "textarea", "iframe", "object"];

    /// <summary>
    /// Writes the blocks of <paramref name="root"/>; when <paramref name="linked"/> is given, the blocks whose text
    /// is mostly the text of links (teasers, link lists) are added to it; when <paramref name="origins"/> is given,
    /// each block's innermost block element and the share of its text in links are put in it.
    /// </summary>
    public static List<ArticleBlock> Write(INode root, ISet<ArticleBlock>? linked = null, IDictionary<ArticleBlock, BlockOrigin>? origins = null)
    {
        var writer = new BlockBuffer(linked, origins);
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText text)
            {
                writer.AppendText(text.Data);
                continue;
            }

            if (node is not IElement && node != root)
            {
                continue;
            }

            var name = (node as IElement)?.LocalName ?? string.Empty;
            if (exit)
            {
                Leave(writer, node as IElement, name);
                continue;
            }

            if (Skipped.Contains(name))
            {
                continue;
            }

            Enter(writer, node as IElement, name);
            stack.Push((node, true));
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }

        writer.Flush();
        return writer.Blocks;
    }

    private static void Enter(BlockBuffer writer, IElement? element, string name)
    {
        switch (name)
        {
            case "a":
                writer.LinkDepth += IsLinkElsewhere(element) ? 1 : 0;
                return;
            case "br":
                writer.AppendLineBreak();
                return;
            case "td" or "th":
                writer.StartCell();
                return;
        }

        if (BlockElements.Contains(name))
        {
            writer.Flush();
            writer.Push(KindOf(name), element);
        }
    }

    private static void Leave(BlockBuffer writer, IElement? element, string name)
    {
        if (name == "a")
        {
            writer.LinkDepth = Math.Max(0, writer.LinkDepth - (IsLinkElsewhere(element) ? 1 : 0));
            return;
        }

        if (BlockElements.Contains(name))
        {
            writer.Flush();
            writer.Pop(KindOf(name), element);
        }
    }

    // A link to another page; a table of contents links within the page and belongs to it.
    private static bool IsLinkElsewhere(IElement? link) =>
        link?.GetAttribute("href") is { Length: > 0 } href && !href.StartsWith('#') && !href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);

    private static BlockKind? KindOf(string name) => name switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" or "dt" or "dd" => BlockKind.ListItem,
        "blockquote" => BlockKind.Quote,
        "pre" => BlockKind.Preformatted,
        _ => null,
    };

    /// <summary>Collects inline text and emits a block each time a block element starts or ends.</summary>
    private sealed class BlockBuffer(ISet<ArticleBlock>? linked, IDictionary<ArticleBlock, BlockOrigin>? origins)
    {
        // Newlines in markup are plain whitespace; only <br> breaks a line, so it gets its own marker.
        private const char LineBreak = '\u2028';

        private readonly StringBuilder buffer = new();
        private readonly List<BlockKind> kinds = [];
        private readonly List<IElement?> elements = [];
        private bool cellStarted;
        private int linkedChars;

        public List<ArticleBlock> Blocks { get; } = [];

        public int LinkDepth { get; set; }

        public void AppendText(string text)
        {
            buffer.Append(text);
            if (LinkDepth > 0 && (linked is not null || origins is not null))
            {
                linkedChars += text.Count(c => !char.IsWhiteSpace(c));
            }
        }

        public void AppendLineBreak() => buffer.Append(LineBreak);

        public void StartCell()
        {
            if (cellStarted)
            {
                buffer.Append(" | ");
            }

            cellStarted = true;
        }

        public void Push(BlockKind? kind, IElement? element)
        {
            cellStarted = false;
            if (origins is not null)
            {
                elements.Add(element);
            }

            if (kind is { } k)
            {
                kinds.Add(k);
            }
        }

        public void Pop(BlockKind? kind, IElement? element)
        {
            cellStarted = false;
            if (origins is not null && elements.LastIndexOf(element) is var at and >= 0)
            {
                elements.RemoveAt(at);
            }

            if (kind is { } k && kinds.LastIndexOf(k) is var index and >= 0)
            {
                kinds.RemoveAt(index);
            }
        }

        public void Flush()
        {
            if (buffer.Length == 0)
            {
                return;
            }

            var kind = CurrentKind();
            var raw = buffer.ToString();
            buffer.Clear();
            var linkedShare = linkedChars;
            linkedChars = 0;
            var text = kind == BlockKind.Preformatted ? raw.Replace(LineBreak, '\n').Trim('\n', '\r').TrimEnd() : NormalizeLines(raw);
            if (text.Trim(' ', '|').Length > 0 && !string.IsNullOrWhiteSpace(text))
            {
                var block = new ArticleBlock(kind, text);
                Blocks.Add(block);
                var visible = text.Count(c => !char.IsWhiteSpace(c));
                if (linked is not null && linkedShare * 10 >= visible * 6)
                {
                    linked.Add(block);
                }

                origins?.Add(block, new BlockOrigin(elements.Count > 0 ? elements[^1] : null, visible == 0 ? 0 : Math.Min(1, (double)linkedShare / visible)));
            }
        }

        private BlockKind CurrentKind()
        {
            // The innermost kind wins, except that a heading or preformatted block keeps its kind inside a list or quote.
            if (kinds.Contains(BlockKind.Preformatted))
            {
                return BlockKind.Preformatted;
            }

            if (kinds.Contains(BlockKind.Heading))
            {
                return BlockKind.Heading;
            }

            return kinds.Count > 0 ? kinds[^1] : BlockKind.Paragraph;
        }

        private static string NormalizeLines(string raw)
        {
            var lines = raw.Split(LineBreak)
                .Select(TextNormalizer.CollapseWhitespace)
                .Where(line => line.Length > 0);
            return string.Join('\n', lines);
        }
    }
}
