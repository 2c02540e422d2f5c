using System.ClientModel;
using System.Net;
using System.Text.Json;
using Microsoft.SemanticKernel;

namespace Summarizer.Core.Summarization;

/// <summary>
/// What a failed model call means, once the client's own retries are spent: a failure that may pass (rate limit,
/// outage, time-out, broken response) or one that will not, told apart by status and by the error JSON the provider
/// sends (<c>error.code</c> <c>content_filter</c> or <c>context_length_exceeded</c>, a rejected <c>response_format</c>).
/// </summary>
/// <param name="Kind">The kind of failure.</param>
/// <param name="Reason">The reason as readers see it.</param>
/// <param name="RejectsResponseFormat">Whether the server refused the requested <c>response_format</c>.</param>
internal sealed record ModelFailure(SummarizationFailureKind Kind, string Reason, bool RejectsResponseFormat = false)
{
    private const int MaxMessageLength = 300;

    public static ModelFailure Classify(Exception exception) => exception switch
    {
        ClientResultException { Status: > 0 } client => FromResponse((HttpStatusCode)client.Status, Body(client)),
        HttpOperationException { StatusCode: { } status } http => FromResponse(status, http.ResponseContent),
        KernelException { InnerException: { } inner } => Classify(inner),
        AggregateException { InnerExceptions: [var only] } => Classify(only),
        OperationCanceledException or TimeoutException => new(SummarizationFailureKind.Transient, "The model call failed: the model call timed out."),
        ClientResultException or HttpOperationException or IOException or HttpRequestException or JsonException or FormatException =>
            new(SummarizationFailureKind.Transient, $"The model call failed: {exception.Message}."),
        _ => new(SummarizationFailureKind.Configuration, $"The model call failed: {exception.Message}."),
    };

    private static ModelFailure FromResponse(HttpStatusCode status, string? body)
    {
        var error = ErrorOf(body);
        var code = error is { } e && e.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        var param = error is { } p && p.TryGetProperty("param", out var pp) && pp.ValueKind == JsonValueKind.String ? pp.GetString() : null;
        var message = error is { } m && m.TryGetProperty("message", out var mm) && mm.ValueKind == JsonValueKind.String ? mm.GetString() : null;
        var answered = $"the model endpoint answered {(int)status} {status}" + (message is null ? string.Empty : ": " + Shorten(message));
        if (IsTransient(status))
        {
            return new(SummarizationFailureKind.Transient, $"The model call failed: {answered}.");
        }

        if (code == "content_filter" || Inner(error, "code") == "ResponsibleAIPolicyViolation")
        {
            var categories = error is { } f && f.TryGetProperty("innererror", out var inner) && inner.TryGetProperty("content_filter_result", out var result)
                ? ContentFilterReason.Categories(result)
                : null;
            return new(SummarizationFailureKind.ContentFilter, "The prompt was refused: " + ContentFilterReason.Describe(categories) + ".");
        }

        if (code == "context_length_exceeded")
        {
            return new(SummarizationFailureKind.ContextLength, $"The article did not fit the model's context: {answered}.");
        }

        var format = status == HttpStatusCode.BadRequest
            && (param == "response_format" || (message?.Contains("response_format", StringComparison.OrdinalIgnoreCase) ?? false));
        return new(SummarizationFailureKind.Configuration, $"The model call failed: {answered}.", format);
    }

    private static string? Body(ClientResultException exception)
    {
        try
        {
            return exception.GetRawResponse()?.Content?.ToString();
        }
        catch (InvalidOperationException)
        {
            // A streamed response whose content was never buffered.
            return null;
        }
    }

    private static JsonElement? ErrorOf(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                ? error.Clone()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Inner(JsonElement? error, string name) =>
        error is { } e && e.TryGetProperty("innererror", out var inner) && inner.ValueKind == JsonValueKind.Object
            && inner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string Shorten(string message) => message.Length <= MaxMessageLength ? message.TrimEnd('.') : message[..MaxMessageLength] + "…";

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
