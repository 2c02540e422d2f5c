using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>Groups of HTML element names by the role they play in extraction.</summary>
internal static class HtmlElements
{
    /// <summary>Elements whose content is never article text.</summary>
    public static readonly HashSet<string> NeverContent =
        ["script", "style", "noscript", "template", "link", "meta", "svg", "canvas", "head", "title", "base", "dialog"];

    /// <summary>Elements that, found inside a div, mean it is a container rather than a paragraph.</summary>
    public static readonly HashSet<string> DivToParagraph = ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"];

    public static readonly HashSet<string> Phrasing =
    [
        "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed", "i", "img", "input",
        "kbd", "label", "mark", "math", "meter", "noscript", "object", "output", "progress", "q", "ruby", "samp", "script",
        "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "var", "wbr", "font", "u", "s", "strike", "tt", "big",
    ];

    public static readonly HashSet<string> Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

    public static readonly HashSet<string> ScoredTags = ["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"];

    public static readonly HashSet<string> UnlikelyRoles = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"];

    public static bool IsPhrasingContent(INode node)
    {
        if (node is IText)
        {
            return true;
        }

        if (node is not IElement element)
        {
            return false;
        }

        if (Phrasing.Contains(element.LocalName))
        {
            return true;
        }

        if (element.LocalName is "a" or "del" or "ins")
        {
            foreach (var child in element.ChildNodes)
            {
                if (!IsPhrasingContent(child))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    public static bool IsWhitespace(INode node) =>
        (node is IText text && string.IsNullOrWhiteSpace(text.Data)) || node is IElement { LocalName: "br" };

    public static string ClassAndId(IElement element) => (element.ClassName ?? string.Empty) + " " + element.Id;
}
