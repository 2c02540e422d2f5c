using System.Buffers;
using Microsoft.Extensions.Options;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Cleans an upload: inflates gzip, rejects empty, binary and oversized input, decodes the text, detects the format
/// and hands it to the HTML, Markdown or plain-text extractor, then fills in the language and fallbacks.
/// </summary>
public sealed class ArticleCleaner : IArticleCleaner
{
    private const int MinimumTextForDetection = 200;

    private readonly CleaningOptions options;
    private readonly BlockClassifier? blockClassifier;
    private static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \n\r\t\f\v"u8);

    /// <summary>A cleaner that scores HTML blocks with the shipped <see cref="BlockClassifier"/>.</summary>
    public ArticleCleaner(IOptions<CleaningOptions> options)
        : this(options, BlockClassifier.Shipped)
    {
    }

    /// <summary>A cleaner that scores HTML blocks with <paramref name="blockClassifier"/>, or by the rules alone when it is null.</summary>
    public ArticleCleaner(IOptions<CleaningOptions> options, BlockClassifier? blockClassifier)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.blockClassifier = blockClassifier;
    }

    /// <summary>Receives the chosen attempt's written HTML blocks and their features, to fit the classifier on.</summary>
    internal Action<IReadOnlyList<ArticleBlock>, float[][]>? BlockObserver { get; init; }

    public CleaningResult Clean(ArticleSource source, CancellationToken cancellationToken = default) => Clean(source, LineRuleSet.All, cancellationToken);

    /// <summary>Cleans with the HTML path's line rules that <paramref name="rules"/> applies, to measure each rule.</summary>
    internal CleaningResult Clean(ArticleSource source, LineRuleSet rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(rules);
        var result = CleanContent(source, rules, cancellationToken);
        return source.Url is null || result.IsRejected ? result : CleaningResult.Accepted(result.Article with { Url = source.Url });
    }

    private CleaningResult CleanContent(ArticleSource source, LineRuleSet rules, CancellationToken cancellationToken)
    {
        var content = source.Content;
        if (content.Length > options.MaxInputBytes)
        {
            return TooLarge(content.Length);
        }

        if (GzipInput.IsGzip(content.Span))
        {
            byte[]? inflated;
            try
            {
                inflated = GzipInput.Decompress(content, options.MaxInputBytes, cancellationToken);
            }
            catch (InvalidDataException)
            {
                return CleaningResult.Rejected("The upload looks gzip-compressed but is not a valid gzip stream.");
            }

            if (inflated is null)
            {
                return CleaningResult.Rejected($"The upload inflates to more than the limit of {options.MaxInputBytes} bytes.");
            }

            content = inflated;
        }

        if (DocumentSignature.Detect(content) is { } document)
        {
            return CleanDocument(source, content, document, cancellationToken);
        }

        if (BinaryContentDetector.RejectionReason(content) is { } reason)
        {
            return CleaningResult.Rejected(reason);
        }

        return CleanBytes(source, content.Span, rules, cancellationToken);
    }

    /// <summary>PDF and Word documents are recognised by their bytes, whatever their name says, and read by their own extractor.</summary>
    private CleaningResult CleanDocument(ArticleSource source, ReadOnlyMemory<byte> content, ArticleFormat format, CancellationToken cancellationToken)
    {
        var extraction = format == ArticleFormat.Pdf
            ? PdfArticleExtractor.Extract(content, options, cancellationToken)
            : DocxArticleExtractor.Extract(content, options, cancellationToken);
        return extraction.Article is null
            ? CleaningResult.Rejected(extraction.RejectionReason ?? "The document could not be read.")
            : Accept(extraction.Article, format, source.Name);
    }

    private CleaningResult TooLarge(long length) =>
        CleaningResult.Rejected($"The upload is {length} bytes, over the limit of {options.MaxInputBytes} bytes.");

    private CleaningResult CleanBytes(ArticleSource source, ReadOnlySpan<byte> bytes, LineRuleSet rules, CancellationToken cancellationToken)
    {
        if (bytes.IsEmpty || bytes.IndexOfAnyExcept(Whitespace) < 0)
        {
            return CleaningResult.Rejected("The article is empty.");
        }

        var text = TextDecoder.Decode(bytes, source.ContentType);
        if (string.IsNullOrWhiteSpace(text))
        {
            return CleaningResult.Rejected("The article is empty.");
        }

        if (BinaryContentDetector.LooksBinary(text))
        {
            return CleaningResult.Rejected($"The upload is binary data, not text. {BinaryContentDetector.ReadFormats}");
        }

        var format = FormatDetector.Detect(source.Name, source.ContentType, text);
        var extracted = format switch
        {
            ArticleFormat.Html => HtmlArticleExtractor.Extract(text, cancellationToken, blockClassifier, BlockObserver, rules),
            ArticleFormat.Markdown => MarkdownArticleExtractor.Extract(text, cancellationToken),
            _ => PlainTextArticleExtractor.Extract(text, cancellationToken),
        };
        return Accept(extracted, format, source.Name);
    }

    private static CleaningResult Accept(ExtractedArticle extracted, ArticleFormat format, string name)
    {
        if (extracted.Blocks.Count == 0)
        {
            return CleaningResult.Rejected("No article text was found.");
        }

        var body = string.Join("\n\n", extracted.Blocks.Select(b => b.Text));
        var detected = body.Length >= MinimumTextForDetection ? LanguageDetector.Detect(body) : null;
        var title = NonEmpty(extracted.Title) ?? FallbackTitle(name);
        return CleaningResult.Accepted(new CleanedArticle(
            title,
            NonEmpty(extracted.Byline),
            extracted.Published,
            NonEmpty(extracted.Site),
            detected ?? extracted.DeclaredLanguage ?? LanguageDetector.Detect(body),
            NonEmpty(extracted.Url),
            FormatDetector.Label(format),
            extracted.Blocks,
            NonEmpty(extracted.Description)));
    }

    private static string FallbackTitle(string name)
    {
        var file = Path.GetFileName(name);
        while (Path.HasExtension(file))
        {
            file = Path.GetFileNameWithoutExtension(file);
        }

        return file.Length > 0 ? file : "Untitled";
    }

    private static string? NonEmpty(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return TextNormalizer.CollapseWhitespace(value);
    }
}
