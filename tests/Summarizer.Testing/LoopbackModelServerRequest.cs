using System.Text.Json;

namespace Summarizer.Testing;

/// <summary>A chat completions request as the loopback model server received it.</summary>
public sealed record LoopbackModelServerRequest(string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset ReceivedAt)
{
    /// <summary>The Azure OpenAI deployment in the path, or null for the OpenAI shape.</summary>
    public string? Deployment { get; init; }

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    /// <summary>The request body parsed as JSON.</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>The messages sent, as (role, content) pairs.</summary>
    public IReadOnlyList<(string Role, string Content)> Messages => Json.GetProperty("messages").EnumerateArray()
        .Select(m => (m.GetProperty("role").GetString()!, ContentOf(m.GetProperty("content"))))
        .ToList();

    private static string ContentOf(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString()!
        : string.Concat(content.EnumerateArray().Select(part => part.TryGetProperty("text", out var text) ? text.GetString() : string.Empty));
}
