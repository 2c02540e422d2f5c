using System.Text;
using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Text measures of elements (whitespace-collapsed length, link density, comma count), cached because scoring
/// asks for the same elements many times. Call <see cref="Reset"/> after the tree changes.
/// </summary>
internal sealed class ElementText
{
    private readonly Dictionary<IElement, int> lengths = [];
    private readonly Dictionary<IElement, double> linkDensities = [];

    public void Reset()
    {
        lengths.Clear();
        linkDensities.Clear();
    }

    /// <summary>The element's text with whitespace collapsed and trimmed.</summary>
    public static string InnerText(INode root)
    {
        var builder = new StringBuilder();
        for (INode? node = root is IText ? root : root.FirstChild; node is not null; node = node == root ? null : DomWalk.Next(node, root))
        {
            if (node is IText text)
            {
                builder.Append(text.Data);
            }
        }

        return TextNormalizer.CollapseWhitespace(builder.ToString());
    }

    public int Length(IElement element)
    {
        if (!lengths.TryGetValue(element, out var length))
        {
            length = MeasureLength(element);
            lengths[element] = length;
        }

        return length;
    }

    /// <summary>The share of the element's text inside links; in-page (<c>#</c>) links count for less.</summary>
    public double LinkDensity(IElement element)
    {
        if (linkDensities.TryGetValue(element, out var density))
        {
            return density;
        }

        var textLength = Length(element);
        if (textLength == 0)
        {
            return linkDensities[element] = 0;
        }

        double linkLength = 0;
        for (var node = element.FirstChild; node is not null;)
        {
            if (node is IElement { LocalName: "a" } link)
            {
                var href = link.GetAttribute("href");
                var coefficient = href is not null && href.StartsWith('#') && href.Length > 1 ? 0.3 : 1.0;
                linkLength += Length(link) * coefficient;
                node = DomWalk.Next(node, element, skipChildren: true);
                continue;
            }

            node = DomWalk.Next(node, element);
        }

        return linkDensities[element] = Math.Min(1, linkLength / textLength);
    }

    /// <summary>The share of the element's text inside descendants with the given local names.</summary>
    public double TextDensity(IElement element, params ReadOnlySpan<string> names)
    {
        var total = Length(element);
        if (total == 0)
        {
            return 0;
        }

        var inside = 0;
        for (var node = element.FirstChild; node is not null;)
        {
            if (node is IElement child && names.Contains(child.LocalName))
            {
                inside += Length(child);
                node = DomWalk.Next(node, element, skipChildren: true);
                continue;
            }

            node = DomWalk.Next(node, element);
        }

        return (double)inside / total;
    }

    public static int CountChar(INode root, char value)
    {
        var count = 0;
        for (var node = root.FirstChild; node is not null; node = DomWalk.Next(node, root))
        {
            if (node is IText text)
            {
                count += text.Data.AsSpan().Count(value);
            }
        }

        return count;
    }

    // Counts characters as the collapsed, trimmed text would have them, without building the string.
    private static int MeasureLength(IElement element)
    {
        var length = 0;
        var pendingSpace = false;
        for (var node = element.FirstChild; node is not null; node = DomWalk.Next(node, element))
        {
            if (node is not IText text)
            {
                continue;
            }

            foreach (var c in text.Data)
            {
                if (TextNormalizer.IsSpace(c))
                {
                    pendingSpace = length > 0;
                    continue;
                }

                length += pendingSpace ? 2 : 1;
                pendingSpace = false;
            }
        }

        return length;
    }
}
