using System.Text.Json;

namespace Summarizer.Core.Summarization;

/// <summary>
/// Reads the categories Azure's content filter flagged from its results object
/// (<c>{"violence": {"filtered": true, "severity": "medium"}, …}</c>) and words the reason readers see.
/// </summary>
internal static class ContentFilterReason
{
    /// <summary>The filtered categories as <c>violence (medium)</c>, or detections such as <c>jailbreak</c>.</summary>
    public static IReadOnlyList<string> Categories(JsonElement results)
    {
        var categories = new List<string>();
        if (results.ValueKind != JsonValueKind.Object)
        {
            return categories;
        }

        foreach (var category in results.EnumerateObject())
        {
            var value = category.Value;
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("filtered", out var filtered) || filtered.ValueKind != JsonValueKind.True)
            {
                continue;
            }

            categories.Add(value.TryGetProperty("severity", out var severity) && severity.ValueKind == JsonValueKind.String
                ? $"{category.Name} ({severity.GetString()})"
                : category.Name);
        }

        return categories;
    }

    public static string Describe(IReadOnlyList<string>? categories) => categories is { Count: > 0 }
        ? "blocked by the content filter: " + string.Join(", ", categories)
        : "blocked by the content filter";
}
