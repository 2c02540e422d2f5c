using System.ClientModel;
using System.Net;
using System.Text.Json;
using Microsoft.SemanticKernel;

namespace Summarizer.Core.Summarization;

/// <summary>
/// Tells a model call's failure that may pass (rate limit, outage, time-out, broken response) from one that will
/// not (bad key, unknown deployment, rejected request), once the client's own retries are spent.
/// </summary>
internal static class ModelFailure
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        HttpOperationException http => http.StatusCode is not { } status || IsTransient(status),
        ClientResultException client => client.Status == 0 || IsTransient((HttpStatusCode)client.Status),
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransient),
        KernelException { InnerException: { } inner } => IsTransient(inner),
        OperationCanceledException or TimeoutException or IOException or HttpRequestException => true,
        JsonException or FormatException => true,
        _ => false,
    };

    public static string Describe(Exception exception) => exception switch
    {
        HttpOperationException { StatusCode: { } status } => $"the model endpoint answered {(int)status} {status}",
        ClientResultException { Status: > 0 } client => $"the model endpoint answered {client.Status}",
        OperationCanceledException or TimeoutException => "the model call timed out",
        _ => exception.Message,
    };

    /// <summary>
    /// Whether the failure says the configuration is wrong (401, 403, 404: a bad key, a missing role, an unknown
    /// deployment or model) rather than anything about the article.
    /// </summary>
    public static bool IsConfigurationError(Exception exception) =>
        Causes(exception).Any(e => Status(e) is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound);

    /// <summary>The wait the model endpoint asked for (<c>retry-after-ms</c> or <c>Retry-After</c>) in the failure's response, if any.</summary>
    public static TimeSpan? RetryAfter(Exception exception) =>
        Causes(exception)
            .OfType<ClientResultException>()
            .Select(e => ModelRetryPolicy.RetryAfter(e.GetRawResponse()))
            .FirstOrDefault(wait => wait > TimeSpan.Zero);

    private static HttpStatusCode? Status(Exception exception) => exception switch
    {
        HttpOperationException { StatusCode: { } status } => status,
        ClientResultException { Status: > 0 } client => (HttpStatusCode)client.Status,
        _ => null,
    };

    // The exception and every exception inside it, depth first.
    private static IEnumerable<Exception> Causes(Exception exception)
    {
        yield return exception;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : exception.InnerException is { } one ? [one] : [];
        foreach (var cause in inner.SelectMany(Causes))
        {
            yield return cause;
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
