using System.Text.Encodings.Web;
using System.Text.Json;

namespace Summarizer.Core.Evaluation;

/// <summary>Reads and writes extractor outputs: one JSON object keyed by page name.</summary>
public static class ExtractorOutputFile
{
    /// <summary>Web defaults (camelCase), indented, with non-ASCII text left readable.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<Dictionary<string, ExtractorPageOutput>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var pages = await JsonSerializer.DeserializeAsync<Dictionary<string, ExtractorPageOutput>>(stream, JsonOptions, cancellationToken)
            ?? throw new JsonException($"'{path}' holds no JSON object of pages.");
        return pages.ToDictionary(
            p => p.Key,
            p => p.Value with { Text = p.Value.Text ?? p.Value.ArticleBody ?? string.Empty, ArticleBody = null },
            StringComparer.Ordinal);
    }
}
