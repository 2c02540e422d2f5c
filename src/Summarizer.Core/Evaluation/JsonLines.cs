using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Summarizer.Core.Evaluation;

/// <summary>Reads JSON Lines files: one JSON object a line, blank lines skipped.</summary>
internal static class JsonLines
{
    /// <summary>
    /// Streams each line's object as <paramref name="parse"/> reads it, with its line number; a line that is not JSON,
    /// or that <paramref name="parse"/> fails on, ends the read with the file and line in the message.
    /// </summary>
    public static async IAsyncEnumerable<(int LineNumber, T Value)> ReadAsync<T>(
        string path,
        Func<JsonElement, int, T> parse,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(path);
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return (lineNumber, Parse(line, path, lineNumber, parse));
            }
        }
    }

    private static T Parse<T>(string line, string path, int lineNumber, Func<JsonElement, int, T> parse)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return parse(json.RootElement, lineNumber);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}:{lineNumber}: {e.Message}", e);
        }
    }
}
