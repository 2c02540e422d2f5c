namespace Summarizer.Core.Api;

/// <summary>Who may call a route of the HTTP API on a host that enforces keys (the Functions host in Azure).</summary>
public enum ApiAccess
{
    /// <summary>Anyone: the health check and the browse page, which hold no data.</summary>
    Anonymous,

    /// <summary>Only a caller with a function key: every data route, reads included.</summary>
    FunctionKey,
}
