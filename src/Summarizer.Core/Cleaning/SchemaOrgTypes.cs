using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>schema.org type names as pages write them, in JSON-LD <c>@type</c> or a microdata <c>itemtype</c>.</summary>
internal static class SchemaOrgTypes
{
    public const string DiscussionForumPosting = "DiscussionForumPosting";
    public const string Comment = "Comment";

    /// <summary>A type's name, from the name itself, <c>schema:Name</c> or a URL ending in it.</summary>
    public static string Name(string type)
    {
        var name = type.Trim().TrimEnd('/');
        return name[(name.LastIndexOfAny(['/', ':', '#']) + 1)..];
    }

    /// <summary>The names of the types in an element's <c>itemtype</c> (none where it has none).</summary>
    public static IEnumerable<string> OfItem(IElement element) =>
        element.GetAttribute("itemtype") is { } types ? types.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Name) : [];
}
