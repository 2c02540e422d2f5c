using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Finds runs of like items: the posts of a thread, the tiles of a grid, the entries of a list of results. Items of
/// a run are siblings of the same tag and first class whose insides are built alike (a third of the tags and classes
/// of their descendants, at least, are shared), so the columns and modules of a page layout, which share a class but hold
/// different things, are not taken for one.
/// </summary>
internal static class RepeatedItems
{
    private const int MinimumItems = 3;
    private const int MinimumItemText = 25;
    private const int FingerprintDepth = 4;
    private const int FingerprintNodes = 400;
    private const double MinimumLikeness = 0.3;

    /// <summary>
    /// The items of the run <paramref name="item"/> belongs to under <paramref name="parent"/>, when there is one
    /// that holds most of the parent's text beside the item's own; null otherwise.
    /// </summary>
    public static List<IElement>? Around(IElement parent, IElement item, ElementText text)
    {
        if (Signature(item) is not { } signature)
        {
            return null;
        }

        var fingerprint = Fingerprint(item);
        var items = new List<IElement>();
        var withText = 0;
        var itemsLength = 0;
        foreach (var child in parent.Children)
        {
            if (child != item && (Signature(child) != signature || Likeness(fingerprint, Fingerprint(child)) < MinimumLikeness))
            {
                continue;
            }

            items.Add(child);
            var length = text.Length(child);
            itemsLength += length;
            withText += length >= MinimumItemText ? 1 : 0;
        }

        var itemLength = text.Length(item);
        var isRun = withText >= MinimumItems && (itemsLength - itemLength) * 2 >= itemLength && itemsLength * 2 >= text.Length(parent);
        return isRun ? items : null;
    }

    // Items of a run share their tag and first class; class-less items count only for elements made to repeat.
    private static string? Signature(IElement element)
    {
        if (element.ClassList.Length > 0)
        {
            return TagAndClass(element);
        }

        return element.LocalName is "article" or "li" or "tr" or "section" ? element.LocalName : null;
    }

    private static string TagAndClass(IElement element) =>
        element.ClassList.Length > 0 ? element.LocalName + "." + element.ClassList[0] : element.LocalName;

    // The tags and first classes of the element's descendants a few levels down: what its inside is built of.
    private static HashSet<string> Fingerprint(IElement element)
    {
        var fingerprint = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(IElement Element, int Depth)>();
        queue.Enqueue((element, 0));
        var visited = 0;
        while (queue.Count > 0 && visited++ < FingerprintNodes)
        {
            var (current, depth) = queue.Dequeue();
            if (depth > 0)
            {
                fingerprint.Add(TagAndClass(current));
            }

            if (depth < FingerprintDepth)
            {
                foreach (var child in current.Children)
                {
                    queue.Enqueue((child, depth + 1));
                }
            }
        }

        return fingerprint;
    }

    private static double Likeness(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}
