using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>Pre-order traversal without recursion, so no document is deep enough to overflow the stack.</summary>
internal static class DomWalk
{
    /// <summary>The node after <paramref name="node"/> in document order inside <paramref name="root"/>, or null at the end.</summary>
    public static INode? Next(INode node, INode root, bool skipChildren = false)
    {
        if (!skipChildren && node.FirstChild is { } child)
        {
            return child;
        }

        for (var current = node; current is not null && current != root; current = current.Parent)
        {
            if (current.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>The element descendants of <paramref name="root"/> in document order.</summary>
    public static IEnumerable<IElement> Descendants(INode root)
    {
        for (var node = root.FirstChild; node is not null; node = Next(node, root))
        {
            if (node is IElement element)
            {
                yield return element;
            }
        }
    }

    /// <summary>The element descendants of <paramref name="root"/> with one of the given local names.</summary>
    public static List<IElement> DescendantsNamed(INode root, params ReadOnlySpan<string> names)
    {
        var found = new List<IElement>();
        for (var node = root.FirstChild; node is not null; node = Next(node, root))
        {
            if (node is IElement element && names.Contains(element.LocalName))
            {
                found.Add(element);
            }
        }

        return found;
    }

    /// <summary>True when an ancestor within <paramref name="maxDepth"/> levels has the local name (0 means any depth).</summary>
    public static bool HasAncestor(IElement element, string localName, int maxDepth = 0)
    {
        var depth = 0;
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (maxDepth > 0 && ++depth > maxDepth)
            {
                return false;
            }

            if (parent.LocalName == localName)
            {
                return true;
            }
        }

        return false;
    }
}
