using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>Counts, in one pass over an element, what the pruner weighs: paragraphs, images, list items, inputs, embeds.</summary>
internal sealed record ElementShape(
    int TextLength,
    int Commas,
    int Paragraphs,
    int Images,
    int ListItems,
    int Inputs,
    int Embeds,
    int ListTextLength,
    double HeadingDensity,
    bool HasTextishContent,
    bool ContainsDataTable,
    bool IsAdOrLoading)
{
    private static readonly HashSet<string> Textish = ["span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"];

    public static ElementShape Measure(IElement element, ElementText text, HashSet<IElement> dataTables)
    {
        int paragraphs = 0, images = 0, listItems = 0, inputs = 0, embeds = 0, listText = 0, headingText = 0;
        var textish = false;
        var containsDataTable = false;
        var insideList = new HashSet<IElement>();
        for (var node = element.FirstChild; node is not null; node = DomWalk.Next(node, element))
        {
            if (node is not IElement child)
            {
                continue;
            }

            switch (child.LocalName)
            {
                case "p": paragraphs++; break;
                case "img": images++; break;
                case "li": listItems++; break;
                case "input": inputs++; break;
                case "object" or "embed" or "iframe":
                    embeds += IsAllowedVideo(child) ? 0 : 1;
                    break;
                case "table" when dataTables.Contains(child):
                    containsDataTable = true;
                    break;
                case "ul" or "ol" when !HasListAncestorWithin(child, element):
                    listText += text.Length(child);
                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    headingText += text.Length(child);
                    break;
            }

            textish |= Textish.Contains(child.LocalName) && (child.LocalName == "img" || text.Length(child) > 0);
        }

        var length = text.Length(element);
        var isAdOrLoading = length < 40 && ElementPatterns.IsAdOrLoadingText(ElementText.InnerText(element));
        return new ElementShape(
            length,
            ElementText.CountChar(element, ','),
            paragraphs,
            images,
            listItems,
            inputs,
            embeds,
            listText,
            length == 0 ? 0 : (double)headingText / length,
            textish,
            containsDataTable,
            isAdOrLoading);
    }

    private static bool HasListAncestorWithin(IElement list, IElement root)
    {
        for (var parent = list.ParentElement; parent is not null && parent != root; parent = parent.ParentElement)
        {
            if (parent.LocalName is "ul" or "ol")
            {
                return true;
            }
        }

        return false;
    }

    // Embedded players from known video sites are part of a story; other embeds are widgets.
    private static bool IsAllowedVideo(IElement embed)
    {
        foreach (var attribute in embed.Attributes)
        {
            if (ElementPatterns.IsVideoUrl(attribute.Value))
            {
                return true;
            }
        }

        return embed.LocalName == "object" && ElementPatterns.IsVideoUrl(embed.InnerHtml.Length > 2000 ? embed.InnerHtml[..2000] : embed.InnerHtml);
    }
}
