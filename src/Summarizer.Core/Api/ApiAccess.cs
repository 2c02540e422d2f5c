namespace Summarizer.Core.Api;

/// <summary>
/// Who may call a route of the HTTP API. Every route is anonymous to the Functions host, whose key check cannot let a
/// signed-in person through; the app itself finds the caller of a data route (<see cref="Access.CallerResolver"/>).
/// </summary>
public enum ApiAccess
{
    /// <summary>Anyone: the health check and the browse page, which hold no data.</summary>
    Anonymous,

    /// <summary>
    /// Only a caller the app accepts: a signed-in person or service where the platform's authentication is on, a
    /// function key from <c>Access:FunctionKeys</c>, or the local caller of a host without sign-in. Every data route,
    /// reads included.
    /// </summary>
    Caller,
}
