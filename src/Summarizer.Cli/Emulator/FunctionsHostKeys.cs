using System.Text.Json;

namespace Summarizer.Cli.Emulator;

/// <summary>
/// The keys a Functions host keeps in its file secrets (<c>secrets/host.json</c>): the master key, the default
/// function key (for <c>AuthorizationLevel.Function</c> routes) and the blob extension's system key (for its Event
/// Grid webhook).
/// </summary>
public sealed record FunctionsHostKeys(string Master, string Function, string BlobsExtension)
{
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
            using var secrets = JsonDocument.Parse(json);
            var root = secrets.RootElement;
            var master = KeyValue(root, "masterKey");
            var function = FirstNamed(root, "functionKeys", "default");
            var blobs = FirstNamed(root, "systemKeys", "blobs_extension");
            return master is null || function is null || blobs is null ? null : new FunctionsHostKeys(master, function, blobs);
        }
        catch (JsonException)
        {
            // Read while the host was still writing it.
            return null;
        }
    }

    private static string? FirstNamed(JsonElement root, string list, string name) =>
        root.TryGetProperty(list, out var keys) && keys.ValueKind == JsonValueKind.Array
            ? keys.EnumerateArray()
                .Where(k => k.TryGetProperty("name", out var n) && n.GetString() == name)
                .Select(PlainValue)
                .FirstOrDefault()
            : null;

    private static string? KeyValue(JsonElement root, string property) =>
        root.TryGetProperty(property, out var key) ? PlainValue(key) : null;

    private static string? PlainValue(JsonElement key)
    {
        if (key.TryGetProperty("encrypted", out var encrypted) && encrypted.ValueKind == JsonValueKind.True)
        {
            throw new InvalidOperationException("The host's keys are encrypted at rest; start it with AzureWebJobsSecretStorageType=files and no encryption key.");
        }

        return key.TryGetProperty("value", out var value) ? value.GetString() : null;
    }
}
