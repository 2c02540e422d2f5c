using System.Text.Json;
using Summarizer.Core.Storage;

namespace Summarizer.Core.Api;

/// <summary>An HTTP response in host-neutral form: both the Functions app and <c>summarizer serve</c> write it as is.</summary>
public sealed record ApiResponse(int StatusCode, string ContentType, byte[] Body, IReadOnlyDictionary<string, string> Headers)
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

    /// <summary>Seconds a client waits after a 503 before trying again: about how long the storage clients take to give up.</summary>
    private const string RetryAfterSeconds = "10";

    private static readonly IReadOnlyDictionary<string, string> RetryAfterHeader = new Dictionary<string, string> { ["Retry-After"] = RetryAfterSeconds };

    public static ApiResponse Json<T>(int statusCode, T value, IReadOnlyDictionary<string, string>? headers = null) =>
        new(statusCode, "application/json; charset=utf-8", JsonSerializer.SerializeToUtf8Bytes(value, StorageJson.Options), headers ?? NoHeaders);

    /// <summary>An RFC 9457 problem: a title for the kind of error and a detail for this occurrence, no internals.</summary>
    public static ApiResponse Problem(int statusCode, string title, string detail) =>
        new(
            statusCode,
            "application/problem+json; charset=utf-8",
            JsonSerializer.SerializeToUtf8Bytes(new ProblemDetails("about:blank", title, statusCode, detail), StorageJson.Options),
            NoHeaders);

    /// <summary>503: storage did not answer. <c>Retry-After</c> tells clients when to try again rather than give up.</summary>
    public static ApiResponse StorageUnavailable(string detail) =>
        Problem(503, "Storage unavailable", detail) with { Headers = RetryAfterHeader };

    /// <summary>204: done, nothing to say.</summary>
    public static ApiResponse NoContent() => new(204, "text/plain", [], NoHeaders);

    public static ApiResponse Html(byte[] body) => new(200, "text/html; charset=utf-8", body, NoHeaders);
}
