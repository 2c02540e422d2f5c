using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Util;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Reads a PDF's text layer with PdfPig in reading order (columns included): running heads and page numbers are
/// dropped, hyphenated line ends joined, and headings, paragraphs and list items recovered as blocks. Scans, encrypted,
/// corrupt and truncated files, and documents over the page, character or time limits are refused with a reason.
/// </summary>
internal static partial class PdfArticleExtractor
{
    private const int MaxObjectDepth = 64;
    private const double HeadingScale = 1.15;
    private const int MaxHeadingLines = 3;
    private const int MaxHeadingLength = 200;
    private const double ShortLineShare = 0.8;

    private static readonly DocstrumBoundingBoxes Segmenter = new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions { MaxDegreeOfParallelism = 1 });

    public static DocumentExtraction Extract(ReadOnlyMemory<byte> content, CleaningOptions options, CancellationToken cancellationToken)
    {
        if (!EndsWithEofMarker(content.Span))
        {
            return DocumentExtraction.Refused("The PDF is truncated or damaged: it does not end with the %%EOF marker.");
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var document = PdfDocument.Open(content.ToArray(), new ParsingOptions { MaxStackDepth = MaxObjectDepth, SkipMissingFonts = true });
            if (document.NumberOfPages > options.MaxPages)
            {
                return DocumentExtraction.Refused($"The PDF has {document.NumberOfPages:N0} pages, over the limit of {options.MaxPages:N0} (Cleaning:MaxPages).");
            }

            return Read(document, options, started, cancellationToken);
        }
        catch (PdfDocumentEncryptedException)
        {
            return DocumentExtraction.Refused("The PDF is encrypted and needs a password to be read.");
        }
        catch (TimeoutException ex)
        {
            return DocumentExtraction.Refused(ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // PdfPig throws many kinds of exception on damaged files; each is a property of the upload, not a fault here.
            return DocumentExtraction.Refused($"The PDF is damaged and could not be read ({ex.GetType().Name}: {ex.Message}).");
        }
    }

    private static DocumentExtraction Read(PdfDocument document, CleaningOptions options, long started, CancellationToken cancellationToken)
    {
        var blocks = new List<PdfPageBlock>();
        var letters = 0L;
        var images = 0;
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            CheckTime(options, started, cancellationToken);
            var page = document.GetPage(number);
            letters += page.Letters.Count;
            if (letters > options.MaxCharacters)
            {
                return DocumentExtraction.Refused($"The PDF has more than {options.MaxCharacters:N0} characters of text, over the limit (Cleaning:MaxCharacters).");
            }

            images += page.Letters.Count == 0 ? page.GetImages().Count() : 0;
            blocks.AddRange(Layout(page));
        }

        if (blocks.Count == 0)
        {
            return DocumentExtraction.Refused(images > 0
                ? "The PDF has no text layer: its pages are images, as in a scan, and text is not recognised from images."
                : "The PDF has no text.");
        }

        var infoTitle = UsableTitle(document.Information.Title);
        var running = PdfRunningText.Find(blocks, infoTitle);
        var body = blocks.Where(b => !running.Contains(b)).ToList();
        var bodySize = BodySize(body);
        var article = ToArticle(body, bodySize, cancellationToken);

        // Without a title in the document's information, the title is a heading on its first page: a bold line further
        // on ("END OF TERMS AND CONDITIONS") heads a section, not the document.
        var firstPage = body.Min(b => b.Page);
        var firstHeading = body.TakeWhile(b => b.Page == firstPage).FirstOrDefault(b => IsHeading(b, bodySize));
        return DocumentExtraction.Read(new ExtractedArticle(article)
        {
            Title = infoTitle ?? (firstHeading is null ? null : string.Join(" ", firstHeading.Lines)),
            Byline = document.Information.Author,
        });
    }

    private static void CheckTime(CleaningOptions options, long started, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetElapsedTime(started).TotalSeconds > options.MaxDocumentSeconds)
        {
            throw new TimeoutException($"Reading the document took longer than the limit of {options.MaxDocumentSeconds} s (Cleaning:MaxDocumentSeconds).");
        }
    }

    private static IEnumerable<PdfPageBlock> Layout(Page page)
    {
        // Rotated text is a margin stamp (arXiv's sidebar, "Draft"), not the article.
        var letters = page.Letters.Where(l => l.TextOrientation == TextOrientation.Horizontal && !char.IsControl(l.Value, 0)).ToList();
        var words = DefaultWordExtractor.Instance.GetWords(letters).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var blocks = Segmenter.GetBlocks(words);
        return UnsupervisedReadingOrderDetector.Instance.Get(blocks)
            .Select(b => new PdfPageBlock(page.Number, page.Height, b.TextLines.Where(l => !PdfRunningText.IsStampLine(l, page.Height)).ToList()))
            .Where(b => b.Lines.Count > 0 && !IsMarkerOnly(b) && !IsLetterSpaced(b));
    }

    /// <summary>A column of bullets that layout analysis set apart from the items they mark.</summary>
    private static bool IsMarkerOnly(PdfPageBlock block) => block.Lines.All(l => l.All(c => !char.IsLetterOrDigit(c)) && l.Length <= 2);

    /// <summary>Text with a space between every letter, as hidden figure sources and spaced stamps give.</summary>
    private static bool IsLetterSpaced(PdfPageBlock block)
    {
        var words = block.Lines.SelectMany(l => l.Split(' ')).ToList();
        return words.Count >= 12 && words.Count(w => w.Length == 1) * 10 >= words.Count * 8;
    }

    /// <summary>The point size most of the letters are set in.</summary>
    private static double BodySize(List<PdfPageBlock> blocks) =>
        blocks.SelectMany(b => Enumerable.Repeat(b.FontSize, b.LetterCount)).GroupBy(s => s).OrderByDescending(g => g.Count()).First().Key;

    private static List<ArticleBlock> ToArticle(List<PdfPageBlock> blocks, double bodySize, CancellationToken cancellationToken)
    {
        var result = new List<ArticleBlock>();
        string? sectionNumber = null;
        foreach (var block in blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = string.Join(" ", block.Lines);
            if (IsHeading(block, bodySize))
            {
                result.Add(new ArticleBlock(BlockKind.Heading, sectionNumber is null ? text : $"{sectionNumber} {text}"));
                sectionNumber = null;
                continue;
            }

            // A section number set apart from its heading joins it; other blocks without a letter (chart ticks,
            // figures' axis labels, stray numbers) carry no text to summarize.
            sectionNumber = SectionNumber().IsMatch(text) ? text : null;
            if (!text.Any(char.IsLetter))
            {
                continue;
            }

            foreach (var part in Paragraphs(block))
            {
                Append(result, part);
            }
        }

        return result;
    }

    private static bool IsHeading(PdfPageBlock block, double bodySize)
    {
        var text = string.Join(" ", block.Lines);
        if (block.Lines.Count > MaxHeadingLines || text.Length > MaxHeadingLength || !text.Any(char.IsLetter) || ListMarker().IsMatch(text))
        {
            return false;
        }

        var larger = block.FontSize >= bodySize * HeadingScale;
        var boldLine = block.Bold && block.Lines.Count == 1 && !SentenceEnd().IsMatch(text);
        return larger || boldLine;
    }

    /// <summary>Splits a block at list markers and at short lines that end a sentence (a paragraph's last line).</summary>
    private static IEnumerable<ArticleBlock> Paragraphs(PdfPageBlock block)
    {
        var lines = block.TextLines;
        var width = lines.Max(l => l.BoundingBox.Width);
        var current = new StringBuilder();
        var kind = BlockKind.Paragraph;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = PdfPageBlock.LineText(lines[i]);
            if (line.Length == 0)
            {
                continue;
            }

            if (ListMarker().IsMatch(line) && current.Length > 0)
            {
                yield return new ArticleBlock(kind, current.ToString());
                current.Clear();
            }

            if (current.Length == 0)
            {
                kind = ListMarker().IsMatch(line) ? BlockKind.ListItem : BlockKind.Paragraph;
                line = kind == BlockKind.ListItem ? ListMarker().Replace(line, string.Empty, 1) : line;
            }

            JoinLine(current, line);
            var endsParagraph = SentenceEnd().IsMatch(line) && lines[i].BoundingBox.Width < width * ShortLineShare;
            if (endsParagraph && current.Length > 0)
            {
                yield return new ArticleBlock(kind, current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            yield return new ArticleBlock(kind, current.ToString());
        }
    }

    /// <summary>Adds a paragraph, or continues the last one when it stopped mid-sentence at a column or page end.</summary>
    private static void Append(List<ArticleBlock> result, ArticleBlock block)
    {
        if (result.Count > 0 && result[^1] is { Kind: BlockKind.Paragraph or BlockKind.ListItem } last
            && block.Kind == BlockKind.Paragraph && !SentenceEnd().IsMatch(last.Text) && char.IsLower(block.Text[0]))
        {
            var joined = new StringBuilder(last.Text);
            JoinLine(joined, block.Text);
            result[^1] = last with { Text = joined.ToString() };
            return;
        }

        result.Add(block);
    }

    /// <summary>Appends a line, joining a word hyphenated across the line end ("infor-" + "mation").</summary>
    private static void JoinLine(StringBuilder text, string line)
    {
        if (text.Length == 0)
        {
            text.Append(line);
            return;
        }

        var hyphenated = text.Length >= 2 && text[^1] is '-' or '\u2010' or '\u00AD' && char.IsLetter(text[^2]) && char.IsLower(line[0]);
        if (hyphenated)
        {
            text.Length--;
            text.Append(line);
            return;
        }

        text.Append(' ').Append(line);
    }

    private static string? UsableTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        title = TextNormalizer.CollapseWhitespace(title);
        return GeneratedTitle().IsMatch(title) ? null : title;
    }

    /// <summary>True when the file ends with <c>%%EOF</c> (trailing whitespace aside), as every complete PDF does.</summary>
    private static bool EndsWithEofMarker(ReadOnlySpan<byte> bytes)
    {
        var tail = bytes[Math.Max(0, bytes.Length - 1024)..];
        return tail.LastIndexOf("%%EOF"u8) >= 0;
    }

    [GeneratedRegex(@"^\s*([\u2022\u25E6\u25AA\u25CF\u2023\u2043\u2219*\u2013-]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\d{1,2}(\.\d{1,2}){0,3}\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"[.!?:;\u2026][""'\u201D\u2019)\]]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    // Titles that tools write for the file rather than the work: "untitled", "Microsoft Word - report.docx", "scan.pdf".
    [GeneratedRegex(@"^(untitled.*|microsoft word - .*|.*\.(docx?|pdf|html?|txt|odt|rtf))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedTitle();
}
