using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Extracts the article from an HTML page: metadata first, then the main content, retried with relaxed heuristics
/// when the first attempt finds too little text.
/// </summary>
internal static class HtmlArticleExtractor
{
    // The rules retry with relaxed heuristics until an attempt holds this much text; whether the page read whole
    // replaces the attempt they settle on is the block classifier's fitted page choice.
    private const int MinimumArticleLength = 500;

    private static readonly ExtractionFlags[] Attempts =
    [
        ExtractionFlags.All,
        ExtractionFlags.WeightClasses | ExtractionFlags.CleanConditionally,
        ExtractionFlags.CleanConditionally,
        ExtractionFlags.None,
    ];

    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    /// <summary>
    /// Extracts the article; <paramref name="classifier"/>, when given, decides whether the page read whole replaces
    /// the article the rules chose (see <see cref="PageCandidates"/>), and <paramref name="observer"/>, when given,
    /// receives both readings with their blocks' features (to fit the classifier and the page choice on).
    /// </summary>
    public static ExtractedArticle Extract(string html, CancellationToken cancellationToken, BlockClassifier? classifier = null, Action<PageCandidates>? observer = null)
    {
        if (MarkupNestingGuard.IsPathological(html))
        {
            return PlainTextArticleExtractor.Extract(HtmlTextFallback.ToText(html), cancellationToken) with { Title = HtmlTextFallback.Title(html) };
        }

        var parser = new HtmlParser(ParserOptions);
        var document = parser.ParseDocument(html);
        var metadata = HtmlMetadataReader.Read(document);
        var (extracted, linked, byline) = ExtractContent(document, html, parser, metadata.Title, new BlockScoring(classifier, observer), cancellationToken);
        var (blocks, bodyByline, bodyPublished) = Finish(extracted, linked);
        return new ExtractedArticle(blocks)
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

    /// <summary>The line rules that follow the choice of blocks: repeated runs, body metadata lines, the article's tail.</summary>
    internal static (List<ArticleBlock> Blocks, string? Byline, DateTimeOffset? Published) Finish(List<ArticleBlock> chosen, ISet<ArticleBlock> linked)
    {
        var (blocks, byline, published) = BodyMetadataLines.Take(RepeatedBlockRuns.Drop(chosen));
        return (ArticleBlockTail.Cut(blocks, linked), byline, published);
    }

    private static (List<ArticleBlock> Blocks, ISet<ArticleBlock> Linked, string? Byline) ExtractContent(IDocument document, string html, HtmlParser parser, string? title, BlockScoring scoring, CancellationToken cancellationToken)
    {
        var (article, byline) = ChooseArticle(document, html, parser, title, scoring, cancellationToken);
        if (!scoring.IsActive || WholePage(html, parser, scoring, cancellationToken) is not { } whole)
        {
            return (article.Blocks, article.Linked, byline);
        }

        var candidates = new PageCandidates(title, article, whole);
        scoring.Observe(candidates);
        if (scoring.Classifier is not { } classifier)
        {
            return (article.Blocks, article.Linked, byline);
        }

        var (blocks, linked) = candidates.Choose(classifier);
        return (blocks, linked, byline);
    }

    // The first attempt that holds an article's worth of text, else the longest (empty where none found a candidate).
    private static (PageCandidates.ArticleReading Article, string? Byline) ChooseArticle(IDocument document, string html, HtmlParser parser, string? title, BlockScoring scoring, CancellationToken cancellationToken)
    {
        var longest = new PageCandidates.ArticleReading([], new HashSet<ArticleBlock>(ReferenceEqualityComparer.Instance), BlockScoring.Written.Empty, Attempts.Length);
        var longestLength = -1;
        string? byline = null;
        for (var attempt = 0; attempt < Attempts.Length; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Each attempt works on a fresh tree, because extraction rearranges and removes nodes.
            var tree = attempt == 0 ? document : parser.ParseDocument(html);
            HtmlDocumentPreparer.Prepare(tree);
            var text = new ElementText();
            var finder = new ContentCandidateFinder(tree, Attempts[attempt], title, text);
            var article = finder.Find(cancellationToken);
            byline ??= finder.Byline;
            if (article is null)
            {
                continue;
            }

            new HtmlContentPruner(Attempts[attempt], text).Prune(article);
            var linked = new HashSet<ArticleBlock>(ReferenceEqualityComparer.Instance);
            var written = scoring.Write(article, linked);
            var blocks = ArticleBlockFilter.Apply(written.Blocks, title);
            var length = blocks.Sum(b => b.Text.Length);
            var reading = new PageCandidates.ArticleReading(blocks, linked, written, attempt);
            if (length >= MinimumArticleLength)
            {
                return (reading, byline);
            }

            if (length > longestLength)
            {
                (longest, longestLength) = (reading, length);
            }
        }

        return (longest, byline);
    }

    // The page's own text, without the elements furniture is made of, so that a pager or a footer that won the
    // candidate scoring need not stand in for the page (a thread of short posts, a grid of items, a table of
    // specifications). Only a classifier can tell the content from the rest of it, so it is read only where blocks
    // are scored or observed. Class names are not read: a forum's posts are often named comments, which the
    // candidate scoring drops.
    private static PageCandidates.WholePageReading? WholePage(string html, HtmlParser parser, BlockScoring scoring, CancellationToken cancellationToken)
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
        return new PageCandidates.WholePageReading(scoring.Write(body, linked), linked);
    }

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
