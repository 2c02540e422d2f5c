using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Removes what does not belong to the story from the chosen article element: forms, widgets, share bars,
/// link lists, embeds and containers whose shape (links, images, inputs against paragraphs) says furniture.
/// </summary>
internal sealed class HtmlContentPruner
{
    private const int ShareElementMaxLength = 500;
    private const int MinGluedLinks = 4;

    private readonly ExtractionFlags flags;
    private readonly ElementText text;
    private readonly HashSet<IElement> dataTables = [];
    private readonly IReadOnlySet<IElement> runItems;
    private int articleLength;

    /// <summary>A pruner for one attempt; <paramref name="runItems"/> (the items of a thread or a grid and their container) are content and stay.</summary>
    public HtmlContentPruner(ExtractionFlags flags, ElementText text, IReadOnlySet<IElement>? runItems = null)
    {
        this.flags = flags;
        this.text = text;
        this.runItems = runItems ?? new HashSet<IElement>();
    }

    public void Prune(IElement article)
    {
        MarkDataTables(article);
        articleLength = text.Length(article);
        CleanConditionally(article, "form", "fieldset");
        RemoveAll(article, "object", "embed", "footer", "link", "aside", "nav");
        RemoveShareElements(article);
        RemoveGluedLinkRuns(article);
        RemoveAll(article, "iframe", "input", "textarea", "select", "button", "label");
        RemoveFurnitureHeadings(article);
        CleanConditionally(article, "table");
        CleanConditionally(article, "ul", "ol");
        CleanConditionally(article, "div", "section");
        RemoveEmptyParagraphs(article);
    }

    private void MarkDataTables(IElement article)
    {
        foreach (var table in DomWalk.DescendantsNamed(article, "table"))
        {
            if (IsDataTable(table))
            {
                dataTables.Add(table);
            }
        }
    }

    private static bool IsDataTable(IElement table)
    {
        if (table.GetAttribute("role") == "presentation" || table.GetAttribute("datatable") == "0")
        {
            return false;
        }

        if (table.HasAttribute("summary") || table.QuerySelector("caption") is { ChildNodes.Length: > 0 })
        {
            return true;
        }

        var rows = 0;
        var columns = 0;
        for (var node = table.FirstChild; node is not null; node = DomWalk.Next(node, table))
        {
            if (node is not IElement element)
            {
                continue;
            }

            switch (element.LocalName)
            {
                case "col" or "colgroup" or "tfoot" or "thead" or "th":
                    return true;
                case "table":
                    return false;
                case "tr":
                    rows++;
                    columns = Math.Max(columns, element.Children.Count(c => c.LocalName is "td" or "th"));
                    break;
            }
        }

        return rows >= 10 || columns > 4 || rows * columns > 10;
    }

    /// <summary>Removes the elements that hold no article text on any page: navigation, footers, asides, forms' controls and embeds.</summary>
    public static void RemoveFurnitureElements(IElement root) =>
        RemoveAll(root, "object", "embed", "footer", "link", "aside", "nav", "iframe", "input", "textarea", "select", "button", "label");

    private static void RemoveAll(IElement article, params string[] names)
    {
        foreach (var element in DomWalk.DescendantsNamed(article, names))
        {
            element.Parent?.RemoveChild(element);
        }
    }

    private void RemoveShareElements(IElement article)
    {
        var doomed = new List<IElement>();
        foreach (var element in DomWalk.Descendants(article))
        {
            if (element.Parent != article && ElementPatterns.IsShare(HtmlElements.ClassAndId(element)) && text.Length(element) < ShareElementMaxLength)
            {
                doomed.Add(element);
            }
        }

        foreach (var element in doomed)
        {
            element.Parent?.RemoveChild(element);
        }

        text.Reset();
    }

    // A tag list whose links are written back to back with nothing between them reads as one run of glued words
    // ("AnghusBrie LarsonBritish SAS…"); no sentence is made of four links and nothing else.
    private void RemoveGluedLinkRuns(IElement article)
    {
        var doomed = DomWalk.Descendants(article).Where(IsGluedLinkRun).ToList();
        foreach (var element in doomed)
        {
            element.Parent?.RemoveChild(element);
        }

        if (doomed.Count > 0)
        {
            text.Reset();
        }
    }

    private static bool IsGluedLinkRun(IElement element)
    {
        if (element.ChildNodes.Length < MinGluedLinks)
        {
            return false;
        }

        foreach (var child in element.ChildNodes)
        {
            if (child is not IElement { LocalName: "a" } link || string.IsNullOrWhiteSpace(link.TextContent))
            {
                return false;
            }
        }

        return true;
    }

    private void RemoveFurnitureHeadings(IElement article)
    {
        foreach (var heading in DomWalk.DescendantsNamed(article, "h1", "h2"))
        {
            if (ClassWeight.Of(heading, flags) < 0)
            {
                heading.Parent?.RemoveChild(heading);
            }
        }
    }

    private void CleanConditionally(IElement article, params string[] names)
    {
        if (!flags.HasFlag(ExtractionFlags.CleanConditionally))
        {
            return;
        }

        text.Reset();
        var elements = DomWalk.DescendantsNamed(article, names);

        // Innermost first, so that a container is judged on what is left of it.
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var element = elements[i];
            if (element.Parent is not null && IsFurniture(element))
            {
                element.Parent.RemoveChild(element);
                text.Reset();
            }
        }
    }

    private bool IsFurniture(IElement element)
    {
        if (dataTables.Contains(element) || runItems.Contains(element) || IsInsideDataTable(element) || DomWalk.HasAncestor(element, "code"))
        {
            return false;
        }

        var shape = ElementShape.Measure(element, text, dataTables);
        if (shape.ContainsDataTable)
        {
            return false;
        }

        var weight = ClassWeight.Of(element, flags);
        if (weight < 0)
        {
            return true;
        }

        if (shape.Commas >= 10)
        {
            return false;
        }

        var isList = element.LocalName is "ul" or "ol" || (shape.TextLength > 0 && (double)shape.ListTextLength / shape.TextLength > 0.9);
        if (shape.IsAdOrLoading)
        {
            return true;
        }

        var remove = LooksLikeFurniture(element, shape, weight, isList) && !HoldsMostOfTheStory(shape);
        if (isList && remove && KeepsAsImageList(element, shape))
        {
            return false;
        }

        return remove;
    }

    private bool IsInsideDataTable(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName == "table" && dataTables.Contains(parent))
            {
                return true;
            }
        }

        return false;
    }

    private bool LooksLikeFurniture(IElement element, ElementShape shape, int weight, bool isList)
    {
        var isFigureChild = DomWalk.HasAncestor(element, "figure");
        var linkDensity = text.LinkDensity(element);
        var paragraphs = shape.Paragraphs;
        var images = shape.Images;
        if (!isFigureChild && images > 1 && (double)paragraphs / images < 0.5)
        {
            return true;
        }

        if (!isList && shape.ListItems - 100 > paragraphs)
        {
            return true;
        }

        if (shape.Inputs > paragraphs / 3)
        {
            return true;
        }

        if (!isList && !isFigureChild && shape.HeadingDensity < 0.9 && shape.TextLength < 25 && (images == 0 || images > 2) && linkDensity > 0)
        {
            return true;
        }

        if (!isList && weight < 25 && linkDensity > 0.2)
        {
            return true;
        }

        if (weight >= 25 && linkDensity > 0.5)
        {
            return true;
        }

        if ((shape.Embeds == 1 && shape.TextLength < 75) || shape.Embeds > 1)
        {
            return true;
        }

        return images == 0 && !shape.HasTextishContent;
    }

    // The container that holds most of the chosen article's text is its body, even when its shape looks like
    // furniture (a picture story: many linked pictures and captions beside a few paragraphs); removing it would
    // leave only the crumbs around it.
    private bool HoldsMostOfTheStory(ElementShape shape) => articleLength > 0 && shape.TextLength * 2 > articleLength;

    // A list whose items are each a single picture is a gallery, which belongs to the story.
    private static bool KeepsAsImageList(IElement element, ElementShape shape)
    {
        foreach (var child in element.Children)
        {
            if (child.ChildElementCount > 1)
            {
                return false;
            }
        }

        return shape.Images == shape.ListItems;
    }

    private static void RemoveEmptyParagraphs(IElement article)
    {
        foreach (var paragraph in DomWalk.DescendantsNamed(article, "p"))
        {
            if (ElementText.InnerText(paragraph).Length == 0 && DomWalk.DescendantsNamed(paragraph, "img", "embed", "object", "iframe").Count == 0)
            {
                paragraph.Parent?.RemoveChild(paragraph);
            }
        }
    }
}
