using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Summarizer.Core.Api;

/// <summary>The JSON body of <c>POST /api/articles</c> that asks for a page to be fetched: <c>{"url": "…", "name": "…"}</c>.</summary>
public sealed record UrlUploadRequest(
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("name")] string? Name)
{
    /// <summary>The largest JSON body read; a URL request is small.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    /// <summary>True when the request's content type is JSON, which marks a URL request.</summary>
    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) &&
        (string.Equals(parsed.MediaType, "application/json", StringComparison.OrdinalIgnoreCase) ||
         parsed.MediaType?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The request in <paramref name="json"/>, or null when it is not a JSON object.</summary>
    public static UrlUploadRequest? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new UrlUploadRequest(StringProperty(document.RootElement, "url"), StringProperty(document.RootElement, "name"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
