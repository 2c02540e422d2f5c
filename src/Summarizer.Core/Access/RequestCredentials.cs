namespace Summarizer.Core.Access;

/// <summary>What a request presents about its caller, in host-neutral form: its headers and the <c>code</c> query value.</summary>
/// <param name="Header">The value of the named request header, or null when absent.</param>
/// <param name="Code">The <c>code</c> query parameter (a function key), or null.</param>
public sealed record RequestCredentials(Func<string, string?> Header, string? Code)
{
    /// <summary>A request that presents nothing: under a local host, the local caller.</summary>
    public static RequestCredentials None { get; } = new(_ => null, null);
}
