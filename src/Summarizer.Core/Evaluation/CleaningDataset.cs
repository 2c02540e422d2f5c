using System.Text.Json;
using AngleSharp.Html.Parser;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// Loads a dataset laid out as <c>&lt;page&gt;/source.html</c> with <c>expected.html</c> (the article as it should be
/// extracted) and <c>expected-metadata.json</c> (with its <c>title</c>), as in Mozilla Readability's test pages.
/// </summary>
public static class CleaningDataset
{
    public static IReadOnlyList<DatasetPage> Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The dataset folder '{folder}' does not exist.");
        }

        var parser = new HtmlParser();
        var pages = new List<DatasetPage>();
        foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var source = Path.Combine(directory, "source.html");
            var expected = Path.Combine(directory, "expected.html");
            if (!File.Exists(source) || !File.Exists(expected))
            {
                continue;
            }

            var expectedDocument = parser.ParseDocument(File.ReadAllText(expected));
            var expectedText = string.Join("\n\n", HtmlBlockWriter.Write(expectedDocument.Body ?? (AngleSharp.Dom.INode)expectedDocument).Select(b => b.Text));
            pages.Add(new DatasetPage(Path.GetFileName(directory), source, new FileInfo(source).Length, expectedText, ReadTitle(Path.Combine(directory, "expected-metadata.json"))));
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
