// Runs SmartReader over a dataset folder and writes the JSON shape of `summarizer clean <folder>`, plus elapsedMs per
// page (parsing and extraction only), so `summarizer eval clean --compare smartreader=<file>` can score and time it.
// Usage: dotnet run -c Release --project benchmarks/smartreader -- <dataset-folder> <output.json>
using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: SmartReaderBenchmark <dataset-folder> <output.json>");
    return 2;
}

var results = new SortedDictionary<string, object?>(StringComparer.Ordinal);
double totalMs = 0;
long totalBytes = 0;
foreach (var directory in Directory.EnumerateDirectories(args[0]).Order(StringComparer.Ordinal))
{
    var source = Path.Combine(directory, "source.html");
    if (!File.Exists(source))
    {
        continue;
    }

    var html = File.ReadAllText(source);
    totalBytes += new FileInfo(source).Length;
    var started = Stopwatch.GetTimestamp();
    var article = new SmartReader.Reader("http://fakehost/test/page.html", html).GetArticle();
    var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    totalMs += elapsedMs;
    results[Path.GetFileName(directory)] = new
    {
        title = article.Title,
        byline = article.Byline,
        published = article.PublicationDate?.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        site = article.SiteName,
        language = article.Language,
        url = (string?)null,
        text = ToText(article.Content),
        elapsedMs,
    };
}

var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
await File.WriteAllTextAsync(args[1], JsonSerializer.Serialize(results, options));
Console.Error.WriteLine($"smartreader: {results.Count} pages, {totalBytes / 1e6:0.00} MB in {totalMs / 1000:0.00} s: {results.Count / (totalMs / 1000):0.0} pages/s");
return 0;

// SmartReader's TextContent runs paragraphs together; this keeps a blank line between blocks.
static string ToText(string? html)
{
    if (string.IsNullOrEmpty(html))
    {
        return string.Empty;
    }

    var blocks = new HashSet<string>(StringComparer.Ordinal) { "p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "tr", "table", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "br" };
    var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
    var builder = new StringBuilder();
    var pending = new Stack<(INode Node, bool Exit)>();
    pending.Push((document.Body!, false));
    while (pending.Count > 0)
    {
        var (node, exit) = pending.Pop();
        var isBlock = node is IElement element && blocks.Contains(element.LocalName);
        if (exit)
        {
            builder.Append(isBlock ? "\n\n" : string.Empty);
            continue;
        }

        if (node is IText text)
        {
            builder.Append(text.Data);
            continue;
        }

        builder.Append(isBlock ? "\n\n" : string.Empty);
        pending.Push((node, true));
        for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push((child, false));
        }
    }

    var paragraphs = builder.ToString().Split("\n\n")
        .Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
        .Where(p => p.Length > 0);
    return string.Join("\n\n", paragraphs);
}
