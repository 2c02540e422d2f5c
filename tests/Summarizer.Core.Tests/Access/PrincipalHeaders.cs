using System.Text;
using System.Text.Json;
using Summarizer.Core.Access;

namespace Summarizer.Core.Tests.Access;

/// <summary>Request credentials shaped as App Service Authentication sends them for a person or an app-only token.</summary>
internal static class PrincipalHeaders
{
    public static RequestCredentials Person(string objectId, string name, params string[] roles) =>
        From(objectId, name, [("name", name), ("scp", "user_impersonation"), .. roles.Select(r => ("roles", r))]);

    public static RequestCredentials App(string objectId, params string[] roles) =>
        From(objectId, objectId, [("idtyp", "app"), .. roles.Select(r => ("roles", r))]);

    public static RequestCredentials Key(string key) => new(name => name == CallerResolver.FunctionKeyHeader ? key : null, null);

    private static RequestCredentials From(string objectId, string name, (string Type, string Value)[] claims)
    {
        var all = claims.Prepend(("http://schemas.microsoft.com/identity/claims/objectidentifier", objectId))
            .Select(c => new { typ = c.Item1, val = c.Item2 });
        var principal = Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { auth_typ = "aad", claims = all, name_typ = "name", role_typ = "roles" })));
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [PlatformPrincipal.PrincipalHeader] = principal,
            [PlatformPrincipal.PrincipalIdHeader] = objectId,
            [PlatformPrincipal.PrincipalNameHeader] = name,
            [PlatformPrincipal.IdentityProviderHeader] = "aad",
        };
        return new RequestCredentials(h => headers.GetValueOrDefault(h), null);
    }
}
