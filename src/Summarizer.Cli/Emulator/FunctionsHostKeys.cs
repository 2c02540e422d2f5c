using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Summarizer.Cli.Emulator;

/// <summary>
/// The keys a Functions host keeps in its secrets (<c>host.json</c> in its secrets folder or container): the master
/// key, the default function key (for <c>AuthorizationLevel.Function</c> routes) and the blob extension's system key
/// (for its Event Grid webhook). Keys the host encrypted at rest are decrypted.
/// </summary>
public sealed record FunctionsHostKeys(string Master, string Function, string BlobsExtension)
{
    public const string BlobsExtensionKeyName = "blobs_extension";

    // How the host's data protection stand-in encrypts keys when an encryption key is configured (AzureWebEncryptionKey).
    private const string DataProtectionApplication = "funchost-local";
    private const string DataProtectionPurpose = "function-secrets";

    /// <summary>Reads the keys from a host's <c>host.json</c> secrets file; null while it is missing or incomplete.</summary>
    public static FunctionsHostKeys? TryRead(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }

        try
        {
            using var secrets = Parse(json);
            var root = secrets.RootElement;
            var master = root.TryGetProperty("masterKey", out var key) ? PlainValue(key) : null;
            var function = Named(root, "functionKeys", "default");
            var blobs = Named(root, "systemKeys", BlobsExtensionKeyName);
            return master is null || function is null || blobs is null ? null : new FunctionsHostKeys(master, function, blobs);
        }
        catch (JsonException)
        {
            // Read while the host was still writing it.
            return null;
        }
    }

    /// <summary>The <c>blobs_extension</c> system key in the text of a secrets <c>host.json</c>, or null.</summary>
    public static string? ReadBlobsExtensionKey(string json)
    {
        using var secrets = Parse(json);
        return Named(secrets.RootElement, "systemKeys", BlobsExtensionKeyName);
    }

    private static JsonDocument Parse(string json) => JsonDocument.Parse(json.TrimStart('\uFEFF'));

    private static string? Named(JsonElement root, string list, string name) =>
        root.TryGetProperty(list, out var keys) && keys.ValueKind == JsonValueKind.Array
            ? keys.EnumerateArray()
                .Where(k => k.TryGetProperty("name", out var n) && n.GetString() == name)
                .Select(PlainValue)
                .FirstOrDefault()
            : null;

    private static string? PlainValue(JsonElement key)
    {
        var value = key.TryGetProperty("value", out var v) ? v.GetString() : null;
        var encrypted = key.TryGetProperty("encrypted", out var flag) && flag.ValueKind == JsonValueKind.True;
        return encrypted && value is not null ? Decrypt(value) : value;
    }

    private static string Decrypt(string value)
    {
        var protector = DataProtectionProvider.Create(DataProtectionApplication).CreateProtector(DataProtectionPurpose);
        return Encoding.UTF8.GetString(protector.Unprotect(Base64Url.DecodeFromChars(value)));
    }
}
