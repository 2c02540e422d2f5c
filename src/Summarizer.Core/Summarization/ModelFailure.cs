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

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
