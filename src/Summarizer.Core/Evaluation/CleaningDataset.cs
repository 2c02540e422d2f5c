using System.Text.Json;
using AngleSharp.Html.Parser;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// Loads a cleaning dataset in one of two layouts: <c>&lt;page&gt;/source.html</c> with <c>expected.html</c> (the
/// article as it should be extracted; the source may also be <c>source.pdf</c> or <c>source.docx</c>) and <c>expected-metadata.json</c> (with its <c>title</c>), as in Mozilla
/// Readability's test pages; or <c>ground-truth.json</c> (<c>{"&lt;id&gt;": {"articleBody": "…"}}</c>) beside
/// <c>html/&lt;id&gt;.html.gz</c>, as in the Article Extraction Benchmark, which has no expected titles; a
/// <c>manifest.json</c> beside it (<c>{"&lt;id&gt;": {"source": "…", "page_type": "…"}}</c>) gives each page its
/// string fields.
/// </summary>
public static class CleaningDataset
{
    public const string GroundTruthFile = "ground-truth.json";

    public const string ManifestFile = "manifest.json";

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

        var manifest = ReadManifest(Path.Combine(folder, ManifestFile));
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

            pages.Add(new DatasetPage(entry.Name, source, new FileInfo(source).Length, body.GetString()!, ExpectedTitle: null, manifest.GetValueOrDefault(entry.Name)));
        }

        return pages;
    }

    // Only string fields are kept: they are what pages are grouped by.
    private static Dictionary<string, IReadOnlyDictionary<string, string>> ReadManifest(string path)
    {
        var fields = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return fields;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"'{path}' must hold one JSON object keyed by page id.");
        }

        foreach (var page in document.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
        {
            fields[page.Name] = page.Value.EnumerateObject()
                .Where(f => f.Value.ValueKind == JsonValueKind.String)
                .ToDictionary(f => f.Name, f => f.Value.GetString()!, StringComparer.Ordinal);
        }

        return fields;
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
