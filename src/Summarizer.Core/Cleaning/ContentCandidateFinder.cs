using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Finds the element that holds the article: scores paragraphs by length and commas, passes the scores up to
/// their ancestors, picks the best ancestor and gathers its siblings that look like part of the same story.
/// </summary>
internal sealed class ContentCandidateFinder
{
    private const int TopCandidateCount = 5;
    private const int MinimumAgreeingCandidates = 3;
    private const int ScoredAncestorLevels = 5;
    private const int RepeatedItemLevels = 6;

    // Below this share of the <main> element's text, the chosen candidate is one part of the main content (chosen on
    // the development half of WCXB, from 0.2, 0.3 and 0.5).
    private const double MainElementShare = 0.3;

    private readonly IDocument document;
    private readonly ExtractionFlags flags;
    private readonly string? title;
    private readonly ElementText text;
    private readonly Dictionary<IElement, double> scores = [];

    public ContentCandidateFinder(IDocument document, ExtractionFlags flags, string? title, ElementText text)
    {
        this.document = document;
        this.flags = flags;
        this.title = title;
        this.text = text;
    }

    /// <summary>The items of a run of like items the article was found in (a thread's posts, a grid's tiles) and their container.</summary>
    public HashSet<IElement> RunItems { get; } = [];

    /// <summary>The byline found (and removed) in the body, if any.</summary>
    public string? Byline { get; private set; }

    /// <summary>A new element, inside the document, that holds the article's nodes; null for a page without a body.</summary>
    public IElement? Find(CancellationToken cancellationToken)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        // A thread's markup is read before the tree is normalized, which rewrites the elements that carry it.
        var marked = flags.HasFlag(ExtractionFlags.Discussion) ? MarkedThread.Find(body) : null;
        var toScore = NormalizeAndCollect(body, cancellationToken);
        if (marked is var (thread, items) && body.Contains(thread))
        {
            RunItems.UnionWith(items);
            return Wrap(thread);
        }

        text.Reset();
        var candidates = ScoreParagraphs(toScore);
        cancellationToken.ThrowIfCancellationRequested();

        var top = SelectTopCandidate(candidates, body);
        if (top is null)
        {
            return WrapWholeBody(body);
        }

        // What the page sets beside its <main> (a header, a footer, an aside) is not part of it.
        return MainHolding(top, body) is { } main ? Wrap(main) : GatherWithSiblings(ExpandToRepeatedItems(top, body));
    }

    // The page's one <main> (or role="main") is its dominant content by its own markup. Where the scoring chose a
    // small part of it (one section of a landing page, a product's description without its details), the whole of
    // it is the article; pruning and the line rules then take out what it holds besides.
    private IElement? MainHolding(IElement top, IElement body)
    {
        var mains = body.QuerySelectorAll("main, [role=main]");
        return mains.Length == 1 && mains[0] is { } main && main != top && main.Contains(top) && text.Length(top) < MainElementShare * text.Length(main) ? main : null;
    }

    private List<IElement> NormalizeAndCollect(IElement body, CancellationToken cancellationToken)
    {
        var toScore = new List<IElement>();
        var lookForTitleHeader = !string.IsNullOrEmpty(title);
        var visited = 0;
        for (var element = FirstElement(body); element is not null;)
        {
            if (++visited % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (ShouldRemove(element, ref lookForTitleHeader))
            {
                element = RemoveAndGetNext(element, body);
                continue;
            }

            if (HtmlElements.ScoredTags.Contains(element.LocalName))
            {
                toScore.Add(element);
            }

            if (element.LocalName == "div")
            {
                element = ParagraphsFromDiv(element, toScore);
            }

            element = NextElement(element, body, skipChildren: false);
        }

        return toScore;
    }

    private bool ShouldRemove(IElement element, ref bool lookForTitleHeader)
    {
        var classAndId = HtmlElements.ClassAndId(element);
        if (!HtmlDocumentPreparer.IsProbablyVisible(element)
            || (element.GetAttribute("aria-modal") == "true" && element.GetAttribute("role") == "dialog"))
        {
            return true;
        }

        if (Byline is null && IsByline(element, classAndId))
        {
            Byline = ElementText.InnerText(element);
            return true;
        }

        if (lookForTitleHeader && HtmlElements.Headings.Contains(element.LocalName) && element.LocalName is "h1" or "h2"
            && TextSimilarity.Of(title!, ElementText.InnerText(element)) > 0.75)
        {
            lookForTitleHeader = false;
            return true;
        }

        if (flags.HasFlag(ExtractionFlags.StripUnlikely) ? IsUnlikely(element, classAndId) : !flags.HasFlag(ExtractionFlags.Discussion) && IsCommentSection(element, classAndId))
        {
            return true;
        }

        return element.LocalName is "div" or "section" or "header" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
            && IsWithoutContent(element);
    }

    private bool IsUnlikely(IElement element, string classAndId)
    {
        if (element.LocalName is "body" or "a")
        {
            return false;
        }

        if (flags.HasFlag(ExtractionFlags.Discussion))
        {
            classAndId = ElementPatterns.WithoutDiscussionNames(classAndId);
        }

        if (ElementPatterns.IsUnlikelyCandidate(classAndId) && !DomWalk.HasAncestor(element, "table") && !DomWalk.HasAncestor(element, "code"))
        {
            return true;
        }

        return element.GetAttribute("role") is { } role && HtmlElements.UnlikelyRoles.Contains(role);
    }

    // Relaxed attempts look again at what the first one judged unlikely, but a comment thread is never the story:
    // a short story above a longer thread would otherwise lose to it.
    private static bool IsCommentSection(IElement element, string classAndId) =>
        element.LocalName is not ("body" or "a" or "html")
        && ElementPatterns.IsCommentSection(classAndId)
        && !DomWalk.HasAncestor(element, "table") && !DomWalk.HasAncestor(element, "code");

    private bool IsByline(IElement element, string classAndId)
    {
        var itemprop = element.GetAttribute("itemprop");
        var looksLikeByline = element.GetAttribute("rel") == "author"
            || (itemprop is not null && itemprop.Contains("author", StringComparison.OrdinalIgnoreCase))
            || ElementPatterns.IsByline(classAndId);
        if (!looksLikeByline)
        {
            return false;
        }

        var length = text.Length(element);
        return length > 0 && length < 100;
    }

    private static bool IsWithoutContent(IElement element)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IText t && !string.IsNullOrWhiteSpace(t.Data))
            {
                return false;
            }

            if (child is IElement e && (e.LocalName is not ("br" or "hr") || e.HasChildNodes))
            {
                return ElementText.InnerText(element).Length == 0 && !HasMedia(element);
            }
        }

        return true;
    }

    private static bool HasMedia(IElement element) => DomWalk.DescendantsNamed(element, "img", "video", "iframe", "picture", "object", "embed").Count > 0;

    // A div that holds only phrasing content is a paragraph in disguise; runs of phrasing beside blocks become paragraphs.
    private IElement ParagraphsFromDiv(IElement div, List<IElement> toScore)
    {
        IElement? paragraph = null;
        for (var child = div.FirstChild; child is not null;)
        {
            var next = child.NextSibling;
            if (HtmlElements.IsPhrasingContent(child))
            {
                if (paragraph is not null)
                {
                    paragraph.AppendChild(child);
                }
                else if (!HtmlElements.IsWhitespace(child))
                {
                    paragraph = document.CreateElement("p");
                    div.ReplaceChild(paragraph, child);
                    paragraph.AppendChild(child);
                }
            }
            else if (paragraph is not null)
            {
                TrimTrailingWhitespace(paragraph);
                paragraph = null;
            }

            child = next;
        }

        if (HasSingleChildNamed(div, "p") && text.LinkDensity(div) < 0.25)
        {
            var only = div.Children[0];
            div.Parent!.ReplaceChild(only, div);
            toScore.Add(only);
            return only;
        }

        if (!HasBlockDescendant(div))
        {
            var renamed = HtmlDocumentPreparer.Rename(div, "p");
            toScore.Add(renamed);
            return renamed;
        }

        return div;
    }

    private static void TrimTrailingWhitespace(IElement paragraph)
    {
        while (paragraph.LastChild is { } last && HtmlElements.IsWhitespace(last))
        {
            paragraph.RemoveChild(last);
        }
    }

    private static bool HasSingleChildNamed(IElement element, string name)
    {
        if (element.ChildElementCount != 1 || element.Children[0].LocalName != name)
        {
            return false;
        }

        foreach (var child in element.ChildNodes)
        {
            if (child is IText t && !string.IsNullOrWhiteSpace(t.Data))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasBlockDescendant(IElement element)
    {
        for (var node = element.FirstChild; node is not null; node = DomWalk.Next(node, element))
        {
            if (node is IElement e && HtmlElements.DivToParagraph.Contains(e.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    private List<IElement> ScoreParagraphs(List<IElement> toScore)
    {
        var candidates = new List<IElement>();
        foreach (var element in toScore)
        {
            if (element.Parent is not IElement)
            {
                continue;
            }

            var length = text.Length(element);
            if (length < 25)
            {
                continue;
            }

            var score = 1.0 + (CountCommas(element) + 1) + Math.Min(length / 100, 3);
            var level = 0;
            for (var ancestor = element.ParentElement; ancestor is not null && level < ScoredAncestorLevels; ancestor = ancestor.ParentElement, level++)
            {
                if (ancestor.ParentElement is null)
                {
                    break;
                }

                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = InitialScore(ancestor);
                    candidates.Add(ancestor);
                }

                var divider = level switch { 0 => 1, 1 => 2, _ => level * 3 };
                scores[ancestor] += score / divider;
            }
        }

        return candidates;
    }

    private static int CountCommas(IElement element)
    {
        var count = 0;
        for (var node = element.FirstChild; node is not null; node = DomWalk.Next(node, element))
        {
            if (node is IText t)
            {
                foreach (var c in t.Data)
                {
                    count += c is ',' or '\u060C' or '\uFE50' or '\uFE10' or '\uFE11' or '\u2E41' or '\u2E34' or '\u2E32' or '\uFF0C' ? 1 : 0;
                }
            }
        }

        return count;
    }

    private double InitialScore(IElement element)
    {
        double score = element.LocalName switch
        {
            "div" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + ClassWeight.Of(element, flags);
    }

    private IElement? SelectTopCandidate(List<IElement> candidates, IElement body)
    {
        var top = new List<IElement>(TopCandidateCount + 1);
        foreach (var candidate in candidates)
        {
            var scaled = scores[candidate] * (1 - text.LinkDensity(candidate));
            scores[candidate] = scaled;
            var index = top.FindIndex(t => scores[t] < scaled);
            top.Insert(index < 0 ? top.Count : index, candidate);
            if (top.Count > TopCandidateCount)
            {
                top.RemoveAt(top.Count - 1);
            }
        }

        if (top.Count == 0 || top[0] == body)
        {
            return null;
        }

        var best = PreferCommonAncestor(top, body);
        best = ClimbWhileScoresRise(best, body);
        while (best.ParentElement is { } parent && parent != body && parent.ChildElementCount == 1)
        {
            best = parent;
        }

        if (!scores.ContainsKey(best))
        {
            scores[best] = InitialScore(best);
        }

        return best;
    }

    // When several strong candidates share an ancestor, the article is probably that ancestor, split in sections.
    private IElement PreferCommonAncestor(List<IElement> top, IElement body)
    {
        var best = top[0];
        var alternatives = top.Skip(1)
            .Where(c => scores[c] / scores[best] >= 0.75)
            .Select(c => Ancestors(c).ToHashSet())
            .ToList();
        if (alternatives.Count < MinimumAgreeingCandidates)
        {
            return best;
        }

        for (var parent = best.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (alternatives.Count(a => a.Contains(parent)) >= MinimumAgreeingCandidates)
            {
                return parent;
            }
        }

        return best;
    }

    private static IEnumerable<IElement> Ancestors(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            yield return parent;
        }
    }

    private IElement ClimbWhileScoresRise(IElement best, IElement body)
    {
        if (!scores.TryGetValue(best, out var lastScore))
        {
            return best;
        }

        var threshold = lastScore / 3;
        for (var parent = best.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!scores.TryGetValue(parent, out var parentScore))
            {
                continue;
            }

            if (parentScore < threshold)
            {
                break;
            }

            if (parentScore > lastScore)
            {
                return parent;
            }

            lastScore = parentScore;
        }

        return best;
    }

    // A thread of posts, a grid of items or a list of results: when the chosen element is (inside) one of several
    // like items that together hold most of their parent's text, the content is the run of those items, not the one
    // that happened to score highest. The items and their container are kept by the pruner.
    private IElement ExpandToRepeatedItems(IElement top, IElement body)
    {
        var item = top;
        for (var level = 0; level < RepeatedItemLevels && item.ParentElement is { } parent && parent != body; level++, item = parent)
        {
            if (RepeatedItems.Around(parent, item, text) is { } items)
            {
                RunItems.UnionWith(items);
                RunItems.Add(parent);

                // What the container sets between its items (figures between a story's parts, a pager, a reply
                // form) is not one of them.
                foreach (var other in parent.Children.Where(child => !RunItems.Contains(child)).ToList())
                {
                    other.Remove();
                }

                var score = scores.TryGetValue(parent, out var own) ? own : InitialScore(parent);
                scores[parent] = Math.Max(score, scores[top]);
                return parent;
            }
        }

        return top;
    }

    private IElement WrapWholeBody(IElement body)
    {
        var article = document.CreateElement("div");
        while (body.FirstChild is { } child)
        {
            article.AppendChild(child);
        }

        body.AppendChild(article);
        return article;
    }

    private IElement Wrap(IElement element)
    {
        var article = document.CreateElement("div");
        var parent = element.ParentElement!;
        article.AppendChild(element);
        parent.AppendChild(article);
        return article;
    }

    private IElement GatherWithSiblings(IElement top)
    {
        var article = document.CreateElement("div");
        var topScore = scores[top];
        var threshold = Math.Max(10, topScore * 0.2);
        var parent = top.ParentElement!;
        foreach (var sibling in parent.Children.ToList())
        {
            if (sibling == top || BelongsWithTop(sibling, top, topScore, threshold))
            {
                article.AppendChild(sibling);
            }
        }

        parent.AppendChild(article);
        return article;
    }

    private bool BelongsWithTop(IElement sibling, IElement top, double topScore, double threshold)
    {
        var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
        if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
        {
            return true;
        }

        if (sibling.LocalName != "p")
        {
            return false;
        }

        var linkDensity = text.LinkDensity(sibling);
        var content = ElementText.InnerText(sibling);
        if (content.Length > 80)
        {
            return linkDensity < 0.25;
        }

        return content.Length > 0 && linkDensity == 0 && (content.EndsWith('.') || content.Contains(". ", StringComparison.Ordinal));
    }

    private static IElement? FirstElement(IElement root) => root.FirstElementChild;

    private static IElement? NextElement(IElement element, IElement root, bool skipChildren)
    {
        if (!skipChildren && element.FirstElementChild is { } child)
        {
            return child;
        }

        for (IElement? current = element; current is not null && current != root; current = current.ParentElement)
        {
            if (current.NextElementSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    private static IElement? RemoveAndGetNext(IElement element, IElement root)
    {
        var next = NextElement(element, root, skipChildren: true);
        element.Parent?.RemoveChild(element);
        return next;
    }
}
