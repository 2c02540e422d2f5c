using System.Text.Json;

namespace Summarizer.Cli.Emulator;

/// <summary>A chat completions request as the emulator received it, and the status it answered.</summary>
public sealed record ModelEmulatorRequest(string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset ReceivedAt)
{
    /// <summary>The Azure OpenAI deployment in the path, or null on the OpenAI-shaped route.</summary>
    public string? Deployment { get; init; }

    /// <summary>The HTTP status the emulator answered with.</summary>
    public int Status { get; internal set; }

    /// <summary>The body the emulator answered with.</summary>
    public string ResponseBody { get; internal set; } = string.Empty;

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    /// <summary>The request body as JSON (an empty object when it is not JSON).</summary>
    public JsonElement Json
    {
        get
        {
            try
            {
                return JsonDocument.Parse(Body).RootElement.Clone();
            }
            catch (JsonException)
            {
                return JsonDocument.Parse("{}").RootElement.Clone();
            }
        }
    }

    /// <summary>Whether the body has the top-level property <paramref name="name"/>.</summary>
    public bool Sends(string name) => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty(name, out _);

    /// <summary>The <c>response_format.type</c> sent, or null when none was.</summary>
    public string? ResponseFormat => Json.TryGetProperty("response_format", out var format) && format.TryGetProperty("type", out var type) ? type.GetString() : null;

    /// <summary>The messages sent, as (role, content) pairs.</summary>
    public IReadOnlyList<(string Role, string Content)> Messages => Json.TryGetProperty("messages", out var messages)
        ? messages.EnumerateArray().Select(m => (m.GetProperty("role").GetString()!, ContentOf(m.GetProperty("content")))).ToList()
        : [];

    private static string ContentOf(JsonElement content) => content.ValueKind switch
    {
        JsonValueKind.String => content.GetString()!,
        JsonValueKind.Array => string.Concat(content.EnumerateArray().Select(part => part.TryGetProperty("text", out var text) ? text.GetString() : string.Empty)),
        _ => string.Empty,
    };
}
