using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Puts streamed content in place, removes what is never content (scripts, styles, hidden nodes) and turns runs of
/// line breaks into paragraphs.
/// </summary>
internal static class HtmlDocumentPreparer
{
    public static void Prepare(IDocument document)
    {
        var root = document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return;
        }

        StreamedContent.Reveal(document);
        RemoveNonContent(root);
        ReplaceBreakRuns(root);
    }

    /// <summary>True unless styles, the <c>hidden</c> attribute or <c>aria-hidden</c> hide the element.</summary>
    public static bool IsProbablyVisible(IElement element)
    {
        var style = element.GetAttribute("style");
        if (style is not null && ElementPatterns.IsHidingStyle(style))
        {
            return false;
        }

        if (element.HasAttribute("hidden"))
        {
            return false;
        }

        // Some sites hide a fallback image from screen readers while it is the visible picture.
        return element.GetAttribute("aria-hidden") != "true" || (element.ClassName?.Contains("fallback-image", StringComparison.Ordinal) ?? false);
    }

    private static void RemoveNonContent(IElement root)
    {
        var doomed = new List<INode>();
        for (var node = root.FirstChild; node is not null;)
        {
            if (node is IComment || (node is IElement element && (HtmlElements.NeverContent.Contains(element.LocalName) || !IsProbablyVisible(element))))
            {
                doomed.Add(node);
                node = DomWalk.Next(node, root, skipChildren: true);
                continue;
            }

            node = DomWalk.Next(node, root);
        }

        foreach (var node in doomed)
        {
            node.Parent?.RemoveChild(node);
        }
    }

    // Pages that write paragraphs as text separated by <br><br> get real paragraphs, which scoring relies on.
    private static void ReplaceBreakRuns(IElement root)
    {
        foreach (var br in DomWalk.DescendantsNamed(root, "br"))
        {
            if (br.Parent is null || NextElementSkippingWhitespace(br) is not { LocalName: "br" })
            {
                continue;
            }

            RemoveFollowingBreaks(br);
            var paragraph = br.Owner!.CreateElement("p");
            br.Parent.ReplaceChild(paragraph, br);
            MoveFollowingPhrasingInto(paragraph);
            if (paragraph.Parent is IElement { LocalName: "p" } parent)
            {
                Rename(parent, "div");
            }
        }
    }

    private static IElement? NextElementSkippingWhitespace(INode node)
    {
        for (var next = node.NextSibling; next is not null; next = next.NextSibling)
        {
            if (next is IElement element)
            {
                return element;
            }

            if (next is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return null;
            }
        }

        return null;
    }

    private static void RemoveFollowingBreaks(IElement br)
    {
        while (NextElementSkippingWhitespace(br) is { LocalName: "br" } next)
        {
            while (br.NextSibling is { } sibling && sibling != next)
            {
                sibling.Parent!.RemoveChild(sibling);
            }

            next.Parent!.RemoveChild(next);
        }
    }

    private static void MoveFollowingPhrasingInto(IElement paragraph)
    {
        for (var next = paragraph.NextSibling; next is not null;)
        {
            if (next is IElement { LocalName: "br" } && NextElementSkippingWhitespace(next) is { LocalName: "br" })
            {
                break;
            }

            if (!HtmlElements.IsPhrasingContent(next))
            {
                break;
            }

            var following = next.NextSibling;
            paragraph.AppendChild(next);
            next = following;
        }

        while (paragraph.LastChild is { } last && HtmlElements.IsWhitespace(last))
        {
            paragraph.RemoveChild(last);
        }
    }

    /// <summary>Replaces <paramref name="element"/> by an element named <paramref name="name"/> with the same children.</summary>
    /// <remarks>Only class and id travel with it: they are all that scoring reads.</remarks>
    public static IElement Rename(IElement element, string name)
    {
        var renamed = element.Owner!.CreateElement(name);
        if (element.ClassName is { } className)
        {
            renamed.ClassName = className;
        }

        if (!string.IsNullOrEmpty(element.Id))
        {
            renamed.Id = element.Id;
        }

        while (element.FirstChild is { } child)
        {
            renamed.AppendChild(child);
        }

        element.Parent?.ReplaceChild(renamed, element);
        return renamed;
    }
}
