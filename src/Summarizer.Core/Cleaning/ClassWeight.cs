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

        var weight = 0;
        if (element.ClassName is { Length: > 0 } className)
        {
            weight += ElementPatterns.IsNegative(className) ? -25 : 0;
            weight += ElementPatterns.IsPositive(className) ? 25 : 0;
        }

        if (element.Id is { Length: > 0 } id)
        {
            weight += ElementPatterns.IsNegative(id) ? -25 : 0;
            weight += ElementPatterns.IsPositive(id) ? 25 : 0;
        }

        return weight;
    }
}
