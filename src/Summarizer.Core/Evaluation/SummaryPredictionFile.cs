using System.Text.Json;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// Reads and writes predictions files: JSON Lines of <c>{"id", "tldr", "summary", "keyPoints": ["…"]}</c>, the format
/// <c>eval summarize --predictions</c> writes and <c>--compare</c> reads.
/// </summary>
public static class SummaryPredictionFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The predictions of a file by id, failing with the line number on a malformed line or a repeated id.</summary>
    public static async Task<IReadOnlyDictionary<string, SummaryPrediction>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var predictions = new Dictionary<string, SummaryPrediction>(StringComparer.Ordinal);
        await foreach (var (lineNumber, prediction) in JsonLines.ReadAsync(path, Parse, cancellationToken))
        {
            if (!predictions.TryAdd(prediction.Id, prediction))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: the id '{prediction.Id}' appears twice.");
            }
        }

        return predictions;
    }

    /// <summary>Writes one prediction as one line.</summary>
    public static Task WriteLineAsync(TextWriter writer, SummaryPrediction prediction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return writer.WriteLineAsync(JsonSerializer.Serialize(prediction, Json).AsMemory(), cancellationToken);
    }

    private static SummaryPrediction Parse(JsonElement root, int lineNumber)
    {
        var id = root.GetProperty("id").ToString();
        var keyPoints = root.TryGetProperty("keyPoints", out var points) && points.ValueKind == JsonValueKind.Array
            ? points.EnumerateArray().Select(p => p.GetString() ?? throw new InvalidOperationException("a key point is not a string.")).ToList()
            : [];
        return new SummaryPrediction(id, OptionalString(root, "tldr"), OptionalString(root, "summary"), keyPoints);
    }

    private static string OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() ?? string.Empty : string.Empty;
}
