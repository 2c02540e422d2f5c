using System.Net;
using System.Text.Json;

namespace Summarizer.Testing;

/// <summary>One scripted answer of the loopback model server.</summary>
public sealed record LoopbackModelServerResponse
{
    public HttpStatusCode Status { get; init; } = HttpStatusCode.OK;

    /// <summary>The assistant message content of a successful answer.</summary>
    public string? Content { get; init; }

    /// <summary>A raw body sent instead of a chat completion (errors, malformed JSON).</summary>
    public string? RawBody { get; init; }

    public TimeSpan Delay { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public int PromptTokens { get; init; } = 120;

    public int CompletionTokens { get; init; } = 45;

    public string Model { get; init; } = "gpt-4o-mini-2024-07-18";

    /// <summary>A normal answer whose message content is <paramref name="content"/>.</summary>
    public static LoopbackModelServerResponse Answer(string content, int promptTokens = 120, int completionTokens = 45) =>
        new() { Content = content, PromptTokens = promptTokens, CompletionTokens = completionTokens };

    /// <summary>A normal answer sent only after <paramref name="delay"/>.</summary>
    public static LoopbackModelServerResponse Slow(string content, TimeSpan delay) => new() { Content = content, Delay = delay };

    /// <summary>429 Too Many Requests with a <c>Retry-After</c> header in whole seconds.</summary>
    public static LoopbackModelServerResponse TooManyRequests(int retryAfterSeconds) => new()
    {
        Status = HttpStatusCode.TooManyRequests,
        Headers = new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        RawBody = Error("rate_limit_exceeded", "Rate limit reached."),
    };

    public static LoopbackModelServerResponse ServerError(HttpStatusCode status = HttpStatusCode.InternalServerError) =>
        new() { Status = status, RawBody = Error("server_error", "The server had an error.") };

    public static LoopbackModelServerResponse Unauthorized() =>
        new() { Status = HttpStatusCode.Unauthorized, RawBody = Error("invalid_api_key", "Incorrect API key provided.") };

    /// <summary>200 OK with a body that is not valid JSON.</summary>
    public static LoopbackModelServerResponse MalformedJson() => new() { RawBody = "{\"id\": \"chatcmpl-broken\", \"choices\": [" };

    internal string Body(string requestedModel) => RawBody ?? JsonSerializer.Serialize(new
    {
        id = "chatcmpl-loopback",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = string.IsNullOrEmpty(Model) ? requestedModel : Model,
        system_fingerprint = "fp_loopback",
        choices = new[]
        {
            new { index = 0, message = new { role = "assistant", content = Content ?? string.Empty }, finish_reason = "stop" },
        },
        usage = new { prompt_tokens = PromptTokens, completion_tokens = CompletionTokens, total_tokens = PromptTokens + CompletionTokens },
    });

    private static string Error(string code, string message) =>
        JsonSerializer.Serialize(new { error = new { message, type = code, code } });
}
