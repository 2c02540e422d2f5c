using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>Scores an element's class and id: article-like names gain, furniture-like names lose.</summary>
internal static class ClassWeight
{
    public static int Of(IElement element, ExtractionFlags flags)
    {
        if (!flags.HasFlag(ExtractionFlags.WeightClasses))
        {
            return 0;
        }

        return Of(element.ClassName, flags) + Of(element.Id, flags);
    }

    private static int Of(string? name, ExtractionFlags flags)
    {
        if (string.IsNullOrEmpty(name))
        {
            return 0;
        }

        // On a page that declares itself a discussion, the posts are named for comments.
        if (flags.HasFlag(ExtractionFlags.Discussion))
        {
            name = ElementPatterns.WithoutDiscussionNames(name);
        }

        return (ElementPatterns.IsNegative(name) ? -25 : 0) + (ElementPatterns.IsPositive(name) ? 25 : 0);
    }
}
