using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// The posts of a forum thread as the page marks them up in schema.org microdata: the text of the
/// <c>DiscussionForumPosting</c> and the <c>Comment</c> items that carry a text. The smallest element holding them
/// all is the thread, however the site nests replies.
/// </summary>
internal static class MarkedThread
{
    private const int MinimumPosts = 2;

    /// <summary>
    /// The element holding every marked post, and the posts with the elements between them and it (which nest the
    /// replies, so they are content too); null where fewer than two posts are marked.
    /// </summary>
    public static (IElement Container, HashSet<IElement> Items)? Find(IElement root)
    {
        var posts = new HashSet<IElement>();
        foreach (var property in root.QuerySelectorAll("[itemprop]"))
        {
            if (!HasToken(property.GetAttribute("itemprop"), "text") || Item(property, root) is not { } item)
            {
                continue;
            }

            // A reply is its whole item (its author and date with its text); the thread's own item often spans the
            // page, so its opening post is its text.
            var types = SchemaOrgTypes.OfItem(item).ToList();
            if (types.Contains(SchemaOrgTypes.Comment))
            {
                posts.Add(item);
            }
            else if (types.Contains(SchemaOrgTypes.DiscussionForumPosting))
            {
                posts.Add(property);
            }
        }

        if (posts.Count < MinimumPosts)
        {
            return null;
        }

        var container = posts.First().ParentElement;
        while (container is not null && container != root && !posts.All(container.Contains))
        {
            container = container.ParentElement;
        }

        if (container is null || container == root)
        {
            return null;
        }

        var thread = new HashSet<IElement>(posts);
        foreach (var post in posts)
        {
            for (var element = post.ParentElement; element is not null && element != container; element = element.ParentElement)
            {
                if (!thread.Add(element))
                {
                    break;
                }
            }
        }

        return (container, thread);
    }

    // The item a property belongs to is its nearest ancestor that starts an item scope.
    private static IElement? Item(IElement property, IElement root)
    {
        for (var element = property.ParentElement; element is not null && element != root.ParentElement; element = element.ParentElement)
        {
            if (element.HasAttribute("itemscope"))
            {
                return element;
            }
        }

        return null;
    }

    private static bool HasToken(string? value, string token) =>
        value is not null && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(token, StringComparer.Ordinal);
}
