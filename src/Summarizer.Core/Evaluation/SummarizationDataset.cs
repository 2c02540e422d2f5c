using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// Reads evaluation data sets: JSON Lines of <c>{"id", "article", "reference"}</c>. A line with <c>highlights</c>
/// instead of <c>reference</c>, as CNN/DailyMail exports have, is read the same way.
/// </summary>
public static class SummarizationDataset
{
    /// <summary>Streams the examples of a JSONL file, failing with the line number on a malformed line.</summary>
    public static async IAsyncEnumerable<SummarizationExample> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var (_, example) in JsonLines.ReadAsync(path, Parse, cancellationToken))
        {
            yield return example;
        }
    }

    private static SummarizationExample Parse(JsonElement root, int lineNumber)
    {
        var id = root.TryGetProperty("id", out var idElement) ? idElement.ToString() : lineNumber.ToString();
        var reference = root.TryGetProperty("reference", out _) || !root.TryGetProperty("highlights", out _) ? "reference" : "highlights";
        return new SummarizationExample(id, Required(root, "article"), Required(root, reference));
    }

    private static string Required(JsonElement root, string name) =>
        root.GetProperty(name).GetString() is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"'{name}' is empty.");
}
