using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Puts the content a server streamed late back where it belongs. React's streaming rendering sends a suspended
/// part of the page (often the whole article) at the end, inside a hidden <c>&lt;div id="S:0"&gt;</c>, with a
/// script call (<c>$RC("B:0","S:0")</c> for a boundary, <c>$RS("S:1","P:1")</c> for a segment) that moves it in place
/// of a <c>&lt;template&gt;</c>. Scripts do not run here, so the calls are read and done the same way.
/// </summary>
internal static partial class StreamedContent
{
    private const int MaxMoves = 1000;
    private const int MaxScriptLength = 1 << 20;

    public static void Reveal(IDocument document)
    {
        var moves = 0;
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var code = script.TextContent;
            if (code.Length > MaxScriptLength || !code.Contains("$R", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match call in Call().Matches(code))
            {
                if (++moves > MaxMoves)
                {
                    return;
                }

                var boundary = call.Groups["function"].Value == "RC";
                var (targetId, sourceId) = boundary ? (call.Groups["first"].Value, call.Groups["second"].Value) : (call.Groups["second"].Value, call.Groups["first"].Value);
                if (document.GetElementById(sourceId) is { LocalName: "div" } source && document.GetElementById(targetId) is { LocalName: "template", Parent: { } parent } target)
                {
                    Move(source, target, parent, boundary);
                }
            }
        }
    }

    private static void Move(IElement source, IElement target, INode parent, bool boundary)
    {
        foreach (var child in source.ChildNodes.ToList())
        {
            parent.InsertBefore(child, target);
        }

        // A boundary's template is followed by its fallback (a spinner, a skeleton) up to the comment that closes it.
        if (boundary)
        {
            var depth = 0;
            for (var node = target.NextSibling; node is not null;)
            {
                var next = node.NextSibling;
                if (node is IComment { Data: var data })
                {
                    if (data == "/$")
                    {
                        if (depth == 0)
                        {
                            break;
                        }

                        depth--;
                    }
                    else if (data is "$" or "$?" or "$!")
                    {
                        depth++;
                    }
                }

                parent.RemoveChild(node);
                node = next;
            }
        }

        parent.RemoveChild(target);
        source.Remove();
    }

    [GeneratedRegex(@"\$(?<function>RC|RS)\(""(?<first>[A-Za-z]:[0-9a-zA-Z]+)"",""(?<second>[A-Za-z]:[0-9a-zA-Z]+)""\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex Call();
}
