using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Summarizer.Cli.Emulator;

/// <summary>The error bodies each provider documents, in the shape each sends them.</summary>
internal static class ProviderErrors
{
    private const string FilterMessage =
        "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry. " +
        "To learn more about our content filtering policies please read our documentation: https://go.microsoft.com/fwlink/?linkid=2198766";

    // Azure's own errors on its routes carry a string code and a message only.
    public static string Azure(string code, string message) => Serialize(new JsonObject
    {
        ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
    });

    // OpenAI's shape, which Azure also uses for errors the model service raises (parameters, context length).
    public static string OpenAI(string message, string? type, string? param, string? code) => Serialize(new JsonObject
    {
        ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["param"] = param, ["code"] = code },
    });

    // llama.cpp's server answers with a numeric code and a type.
    public static string LlamaCpp(int code, string message, string type) => Serialize(new JsonObject
    {
        ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["type"] = type },
    });

    public static string PromptFiltered(IReadOnlyList<ContentFilterHit> filtered) => Serialize(new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["message"] = FilterMessage,
            ["type"] = null,
            ["param"] = "prompt",
            ["code"] = "content_filter",
            ["status"] = 400,
            ["innererror"] = new JsonObject
            {
                ["code"] = "ResponsibleAIPolicyViolation",
                ["content_filter_result"] = FilterResults(filtered),
            },
        },
    });

    /// <summary>The four harm categories, each <c>{filtered, severity}</c>, those in <paramref name="filtered"/> filtered.</summary>
    public static JsonObject FilterResults(IReadOnlyList<ContentFilterHit> filtered)
    {
        var results = new JsonObject();
        foreach (var category in ContentFilterHit.HarmCategories)
        {
            var hit = filtered.FirstOrDefault(f => f.Category == category);
            results[category] = new JsonObject { ["filtered"] = hit is not null, ["severity"] = hit?.Severity ?? "safe" };
        }

        return results;
    }

    public static string RateLimited(bool azure, string apiVersion, string model, string limit, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return azure
            ? Azure("429", $"Requests to the ChatCompletions_Create Operation under Azure OpenAI API version {apiVersion} have exceeded {limit} of your current OpenAI S0 pricing tier. Please retry after {seconds} seconds.")
            : OpenAI($"Rate limit reached for {model} on {limit}. Please try again in {seconds}s.", "requests", null, "rate_limit_exceeded");
    }

    private static string Serialize(JsonNode node) => node.ToJsonString(JsonSerializerOptions.Default);
}
