using System.Text.Json;
using AngleSharp.Html.Parser;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// Loads a cleaning dataset in one of two layouts: <c>&lt;page&gt;/source.html</c> with <c>expected.html</c> (the
/// article as it should be extracted; the source may also be <c>source.pdf</c> or <c>source.docx</c>) and <c>expected-metadata.json</c> (with its <c>title</c>), as in Mozilla
/// Readability's test pages; or <c>ground-truth.json</c> (<c>{"&lt;id&gt;": {"articleBody": "…"}}</c>) beside
/// <c>html/&lt;id&gt;.html.gz</c>, as in the Article Extraction Benchmark, which has no expected titles.
/// </summary>
public static class CleaningDataset
{
    public const string GroundTruthFile = "ground-truth.json";

    // A page's source may be the web page itself or a PDF or Word document made from it.
    private static readonly string[] PageSourceNames = ["source.html", "source.pdf", "source.docx"];

    private static readonly string[] GroundTruthSourceExtensions = [".html.gz", ".html", ".htm.gz", ".htm"];

    public static IReadOnlyList<DatasetPage> Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The dataset folder '{folder}' does not exist.");
        }

        var groundTruth = Path.Combine(folder, GroundTruthFile);
        if (File.Exists(groundTruth))
        {
            return LoadGroundTruth(folder, groundTruth);
        }

        var parser = new HtmlParser();
        var pages = new List<DatasetPage>();
        foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var source = PageSourceNames.Select(n => Path.Combine(directory, n)).FirstOrDefault(File.Exists);
            var expected = Path.Combine(directory, "expected.html");
            if (source is null || !File.Exists(expected))
            {
                continue;
            }

            var expectedDocument = parser.ParseDocument(File.ReadAllText(expected));
            var expectedText = string.Join("\n\n", HtmlBlockWriter.Write(expectedDocument.Body ?? (AngleSharp.Dom.INode)expectedDocument).Select(b => b.Text));
            pages.Add(new DatasetPage(Path.GetFileName(directory), source, new FileInfo(source).Length, expectedText, ReadTitle(Path.Combine(directory, "expected-metadata.json"))));
        }

        return pages;
    }

    private static List<DatasetPage> LoadGroundTruth(string folder, string groundTruthPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(groundTruthPath));
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"'{groundTruthPath}' must hold one JSON object keyed by page id.");
        }

        var pages = new List<DatasetPage>();
        foreach (var entry in document.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var source = GroundTruthSourceExtensions
                .Select(extension => Path.Combine(folder, "html", entry.Name + extension))
                .FirstOrDefault(File.Exists);
            if (source is null || !entry.Value.TryGetProperty("articleBody", out var body) || body.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            pages.Add(new DatasetPage(entry.Name, source, new FileInfo(source).Length, body.GetString()!, ExpectedTitle: null));
        }

        return pages;
    }

    private static string? ReadTitle(string metadataPath)
    {
        if (!File.Exists(metadataPath))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(metadataPath));
        return document.RootElement.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString() : null;
    }
}
