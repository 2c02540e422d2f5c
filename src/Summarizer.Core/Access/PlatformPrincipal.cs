using System.Text.Json;

namespace Summarizer.Core.Access;

/// <summary>
/// Reads the caller from the headers App Service Authentication sends: <c>X-MS-CLIENT-PRINCIPAL</c> (base64 JSON with
/// the token's claims), <c>X-MS-CLIENT-PRINCIPAL-ID</c> and <c>-NAME</c>. The platform removes these headers from
/// what clients send, so they are trusted only where it runs (see <see cref="PlatformAuthentication"/>).
/// </summary>
public static class PlatformPrincipal
{
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";
    public const string PrincipalIdHeader = "X-MS-CLIENT-PRINCIPAL-ID";
    public const string PrincipalNameHeader = "X-MS-CLIENT-PRINCIPAL-NAME";
    public const string IdentityProviderHeader = "X-MS-CLIENT-PRINCIPAL-IDP";

    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    private const string ScopeClaim = "http://schemas.microsoft.com/identity/claims/scope";
    private const string RoleClaim = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";
    private const int MaxPrincipalLength = 64 * 1024;

    /// <summary>The signed-in caller, or null when the headers name none or cannot be read.</summary>
    public static Caller? Read(Func<string, string?> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var claims = ReadClaims(header(PrincipalHeader), out var roleType);
        var id = (First(claims, "oid", ObjectIdClaim) ?? header(PrincipalIdHeader))?.Trim().ToLowerInvariant();
        if (!Articles.ArticleOwner.IsValidId(id) || id is Articles.ArticleOwner.KeyId or Articles.ArticleOwner.LocalId)
        {
            return null;
        }

        var roles = claims.Where(c => c.Type == roleType || c.Type is "roles" or RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var name = First(claims, "name", "preferred_username") ?? header(PrincipalNameHeader);
        var appOnly = First(claims, "idtyp") == "app"
            || claims.Count > 0 && First(claims, "scp", ScopeClaim, "name", "preferred_username") is null && roles.Count > 0;
        return new Caller(appOnly ? CallerKind.Service : CallerKind.User, id!, name, roles);
    }

    private static List<(string Type, string Value)> ReadClaims(string? encoded, out string roleType)
    {
        roleType = "roles";
        var claims = new List<(string, string)>();
        if (string.IsNullOrEmpty(encoded) || encoded.Length > MaxPrincipalLength)
        {
            return claims;
        }

        try
        {
            using var json = JsonDocument.Parse(Convert.FromBase64String(encoded));
            var root = json.RootElement;
            if (root.TryGetProperty("role_typ", out var rt) && rt.ValueKind == JsonValueKind.String)
            {
                roleType = rt.GetString()!;
            }

            if (root.TryGetProperty("claims", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var claim in list.EnumerateArray())
                {
                    if (claim.ValueKind == JsonValueKind.Object
                        && claim.TryGetProperty("typ", out var typ) && typ.ValueKind == JsonValueKind.String
                        && claim.TryGetProperty("val", out var val) && val.ValueKind == JsonValueKind.String)
                    {
                        claims.Add((typ.GetString()!, val.GetString()!));
                    }
                }
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            claims.Clear();
        }

        return claims;
    }

    private static string? First(List<(string Type, string Value)> claims, params string[] types) =>
        claims.FirstOrDefault(c => types.Contains(c.Type) && !string.IsNullOrWhiteSpace(c.Value)).Value;
}
