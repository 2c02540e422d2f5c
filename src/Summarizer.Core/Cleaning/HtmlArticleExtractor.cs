using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Extracts the article from an HTML page: metadata first, then the main content, retried with relaxed heuristics
/// when the first attempt finds too little text.
/// </summary>
internal static class HtmlArticleExtractor
{
    private const int MinimumArticleLength = 500;

    // A short article that the classifier scores as mostly boilerplate is checked against the whole page: where the
    // page holds several times as much content (the chosen article was a footer or a pager), that is taken.
    private const int ShortArticleLength = 2000;
    private const int WholePageFactor = 3;

    private static readonly ExtractionFlags[] Attempts =
    [
        ExtractionFlags.All,
        ExtractionFlags.WeightClasses | ExtractionFlags.CleanConditionally,
        ExtractionFlags.CleanConditionally,
        ExtractionFlags.None,
    ];

    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    /// <summary>
    /// Extracts the article; <paramref name="classifier"/>, when given, reads the page whole where the chosen
    /// article is missing or short (see <see cref="WholePage"/>), and <paramref name="observer"/>, when given,
    /// receives the chosen attempt's written blocks with their features (to fit the classifier on); the line rules
    /// applied are <paramref name="rules"/>, every one when null.
    /// </summary>
    public static ExtractedArticle Extract(string html, CancellationToken cancellationToken, BlockClassifier? classifier = null, Action<IReadOnlyList<ArticleBlock>, float[][]>? observer = null, LineRuleSet? rules = null)
    {
        rules ??= LineRuleSet.All;
        if (MarkupNestingGuard.IsPathological(html))
        {
            return PlainTextArticleExtractor.Extract(HtmlTextFallback.ToText(html), cancellationToken) with { Title = HtmlTextFallback.Title(html) };
        }

        var parser = new HtmlParser(ParserOptions);
        var document = parser.ParseDocument(html);
        var metadata = HtmlMetadataReader.Read(document);
        var pageFlags = metadata.IsDiscussion ? ExtractionFlags.Discussion : ExtractionFlags.None;
        var (extracted, linked, byline) = ExtractContent(document, html, parser, metadata.Title, pageFlags, new BlockScoring(classifier, observer), rules, cancellationToken);
        var (blocks, bodyByline, bodyPublished) = TakeBodyMetadata(extracted, rules);
        return new ExtractedArticle(ArticleBlockTail.Cut(blocks, linked, rules))
        {
            Title = metadata.Title,
            Byline = CleanByline(metadata.Byline ?? byline ?? bodyByline),
            Published = metadata.Published ?? bodyPublished,
            Site = metadata.Site,
            DeclaredLanguage = metadata.Language,
            Url = metadata.Url,
            Description = metadata.Description,
        };
    }

    private static (List<ArticleBlock> Blocks, string? Byline, DateTimeOffset? Published) TakeBodyMetadata(List<ArticleBlock> blocks, LineRuleSet rules)
    {
        if (!rules.Applies(LineRules.BodyMetadata))
        {
            return (blocks, null, null);
        }

        var taken = BodyMetadataLines.Take(blocks);
        if (taken.Blocks.Count < blocks.Count)
        {
            rules.Record(LineRules.BodyMetadata);
        }

        return taken;
    }

    private static (List<ArticleBlock> Blocks, HashSet<ArticleBlock> Linked, string? Byline) ExtractContent(IDocument document, string html, HtmlParser parser, string? title, ExtractionFlags pageFlags, BlockScoring scoring, LineRuleSet rules, CancellationToken cancellationToken)
    {
        List<ArticleBlock> longest = [];
        var longestLinked = new HashSet<ArticleBlock>(ReferenceEqualityComparer.Instance);
        var longestLength = -1;
        BlockScoring.Written? longestWritten = null;
        string? byline = null;
        for (var attempt = 0; attempt < Attempts.Length; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Each attempt works on a fresh tree, because extraction rearranges and removes nodes.
            var tree = attempt == 0 ? document : parser.ParseDocument(html);
            HtmlDocumentPreparer.Prepare(tree);
            var text = new ElementText();
            var flags = Attempts[attempt] | pageFlags;
            var finder = new ContentCandidateFinder(tree, flags, title, text);
            var article = finder.Find(cancellationToken);
            byline ??= finder.Byline;
            if (article is null)
            {
                continue;
            }

            new HtmlContentPruner(flags, text, finder.RunItems).Prune(article);
            var linked = new HashSet<ArticleBlock>(ReferenceEqualityComparer.Instance);
            var written = scoring.Score(article, linked);
            var blocks = ArticleBlockFilter.Apply(written.Kept, rules);
            var length = blocks.Sum(b => b.Text.Length);
            if (length >= MinimumArticleLength)
            {
                if (length < ShortArticleLength && scoring.IsActive && !scoring.Trusts(written) && WholePage(html, parser, title, scoring, rules, cancellationToken) is { } page && page.Length >= length * WholePageFactor)
                {
                    scoring.Observe(page.Written);
                    return (page.Blocks, page.Linked, byline);
                }

                scoring.Observe(written);
                return (blocks, linked, byline);
            }

            if (length > longestLength)
            {
                (longest, longestLinked, longestLength, longestWritten) = (blocks, linked, length, written);
            }
        }

        if (scoring.IsActive && (longestWritten is null || !scoring.Trusts(longestWritten)) && WholePage(html, parser, title, scoring, rules, cancellationToken) is { } whole && whole.Length > longestLength)
        {
            scoring.Observe(whole.Written);
            return (whole.Blocks, whole.Linked, byline);
        }

        if (longestWritten is not null)
        {
            scoring.Observe(longestWritten);
        }

        return (longest, longestLinked, byline);
    }

    // When no candidate holds an article's worth of text, or only a short one (a thread of short posts, a grid of
    // items, a table of specifications), the page's own text, without the elements furniture is made of, is scored
    // block by block, so a pager or a footer that won the candidate scoring does not stand in for the page. Only a
    // classifier can tell the content from the rest of the page, so without one this is not tried (blocks are
    // observed, to fit one, as they would be scored). It is tried only where the classifier scores most of the chosen
    // article as boilerplate, so a short story the classifier agrees with stays as the rules chose it. Class names
    // are not read: a forum's posts are often named comments, which the candidate scoring drops.
    private static WholePageBlocks? WholePage(string html, HtmlParser parser, string? title, BlockScoring scoring, LineRuleSet rules, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var tree = parser.ParseDocument(html);
        HtmlDocumentPreparer.Prepare(tree);

        if (tree.Body is not { } body)
        {
            return null;
        }

        HtmlContentPruner.RemoveFurnitureElements(body);

        var linked = new HashSet<ArticleBlock>(ReferenceEqualityComparer.Instance);
        var written = scoring.Score(body, linked, keepContentOnly: true);
        var blocks = ArticleBlockFilter.Apply(written.Kept, rules);
        return new WholePageBlocks(blocks, linked, blocks.Sum(b => b.Text.Length), written);
    }

    private sealed record WholePageBlocks(List<ArticleBlock> Blocks, HashSet<ArticleBlock> Linked, int Length, BlockScoring.Written Written);

    private static string? CleanByline(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return null;
        }

        var text = TextNormalizer.CollapseWhitespace(byline);
        if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..].TrimStart();
        }

        return text.Length is > 0 and <= 200 ? text : null;
    }
}
