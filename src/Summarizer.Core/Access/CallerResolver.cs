using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Core.Api;

namespace Summarizer.Core.Access;

/// <summary>
/// Decides who a request's caller is, the same under every host. Where the platform's authentication is on, the
/// caller is the principal it sends (a person, or a service whose app-only token carries an app role); elsewhere
/// principal headers are ignored, as anyone can send them. A local host without sign-in makes the caller
/// <c>local</c>; a configured function key makes it <c>key</c>; both have full access. Anyone else gets 401.
/// </summary>
public sealed partial class CallerResolver(IOptions<AccessOptions> options, PlatformAuthentication platform, ILogger<CallerResolver> logger)
{
    public const string FunctionKeyHeader = "x-functions-key";

    private readonly byte[][] _keyHashes = (options.Value.FunctionKeys ?? string.Empty)
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(Hash)
        .ToArray();

    /// <summary>Answers with <paramref name="action"/>'s response for the request's caller, or with 401 or 403 when there is none.</summary>
    public async Task<ApiResponse> AnswerAsync(RequestCredentials credentials, Func<Caller, Task<ApiResponse>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var (caller, refusal) = Resolve(credentials);
        return caller is null ? refusal! : await action(caller);
    }

    /// <summary>The request's caller, or the 401 or 403 answer when it has none the app accepts.</summary>
    public (Caller? Caller, ApiResponse? Refusal) Resolve(RequestCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var o = options.Value;
        if (platform.Enabled && PlatformPrincipal.Read(credentials.Header) is { } principal)
        {
            if (principal.Kind == CallerKind.Service && !principal.Roles.Contains(Caller.ServiceRole) && !principal.Roles.Contains(Caller.AdminRole))
            {
                LogNoRole(logger, principal.Id);
                return (null, ApiResponse.Problem(403, "No app role", $"An app-only token needs the app role {Caller.ServiceRole} or {Caller.AdminRole}."));
            }

            return (principal, null);
        }

        if (!platform.Enabled && o.LocalIdentity)
        {
            return (Caller.Local, null);
        }

        if (IsKnownKey(credentials.Header(FunctionKeyHeader) ?? credentials.Code))
        {
            return (Caller.Key, null);
        }

        return (null, ApiResponse.Problem(
            401,
            "Sign-in required",
            platform.Enabled ? "Sign in (/.auth/login/aad) or send an Entra token for this app." : "Send a function key in x-functions-key or ?code=."));
    }

    private bool IsKnownKey(string? key)
    {
        if (string.IsNullOrEmpty(key) || _keyHashes.Length == 0)
        {
            return false;
        }

        var hash = Hash(key);
        var known = false;
        foreach (var candidate in _keyHashes)
        {
            known |= CryptographicOperations.FixedTimeEquals(candidate, hash);
        }

        return known;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an app-only token of {CallerId}: it carries none of the app's roles")]
    private static partial void LogNoRole(ILogger logger, string callerId);
}
