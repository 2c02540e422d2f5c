using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Microsoft.Extensions.Options;
using Summarizer.Cli.Emulator;
using Summarizer.Core.Storage;

namespace Summarizer.Cli.Relay;

/// <summary>
/// Finds the Functions host's <c>blobs_extension</c> system key, which its blob webhook asks for: the configured key;
/// else the host's secrets, from files (<see cref="RelayOptions.SecretsPath"/>, or the secrets folder of the local host
/// process serving the address) or from the <c>azure-webjobs-secrets</c> container where the host keeps them by
/// default; else the admin API, given the master key. A key found is kept
/// until the host refuses it.
/// </summary>
internal sealed partial class HostKeySource(
    IOptions<RelayOptions> options, StorageClients storage, HttpClient http, ILogger<HostKeySource> logger)
{
    public const string KeyName = FunctionsHostKeys.BlobsExtensionKeyName;
    private const string SecretsContainer = "azure-webjobs-secrets";

    private readonly Lock _gate = new();
    private string? _found;
    private bool _reportedNone;

    /// <summary>The key, or null when none was found (Core Tools does not ask for one).</summary>
    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!string.IsNullOrEmpty(o.Key))
        {
            return o.Key;
        }

        lock (_gate)
        {
            if (_found is not null)
            {
                return _found;
            }
        }

        var found = FromFiles(o.SecretsPath)
            ?? LocalHostSecrets.FoldersFor(o.To!).Select(FromFiles).FirstOrDefault(f => f is not null)
            ?? await FromStorageAsync(cancellationToken)
            ?? await FromAdminApiAsync(o, cancellationToken);
        lock (_gate)
        {
            _found = found?.Key;
            if (found is null && !_reportedNone)
            {
                _reportedNone = true;
                LogNoKey(logger, KeyName);
            }
            else if (found is not null)
            {
                _reportedNone = false;
                LogFound(logger, KeyName, found.Value.Source);
            }
        }

        return found?.Key;
    }

    /// <summary>Forgets a found key the host refused (it may have been restarted with new secrets); the next call looks again.</summary>
    public void Forget()
    {
        lock (_gate)
        {
            _found = null;
        }
    }

    /// <summary>The <c>blobs_extension</c> value in the text of a secrets <c>host.json</c>, decrypted when it is encrypted.</summary>
    public static string? ReadHostSecrets(string json) => FunctionsHostKeys.ReadBlobsExtensionKey(json);

    private (string Key, string Source)? FromFiles(string? secretsPath)
    {
        if (string.IsNullOrEmpty(secretsPath))
        {
            return null;
        }

        var file = Directory.Exists(secretsPath) ? Path.Combine(secretsPath, "host.json") : secretsPath;
        if (!File.Exists(file))
        {
            return null;
        }

        return Read(File.ReadAllText(file), file);
    }

    private async Task<(string Key, string Source)?> FromStorageAsync(CancellationToken cancellationToken)
    {
        try
        {
            // One folder per host id; the newest host.json is the host that runs now.
            var container = storage.Container(SecretsContainer);
            var newest = await container.GetBlobsAsync(cancellationToken: cancellationToken)
                .Where(b => b.Name.EndsWith("/host.json", StringComparison.Ordinal))
                .OrderByDescending(b => b.Properties.LastModified)
                .FirstOrDefaultAsync(cancellationToken);
            if (newest is null)
            {
                return null;
            }

            var content = await container.GetBlobClient(newest.Name).DownloadContentAsync(cancellationToken);
            return Read(content.Value.Content.ToString(), $"{container.Uri}/{newest.Name}");
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private async Task<(string Key, string Source)?> FromAdminApiAsync(RelayOptions o, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(o.MasterKey))
        {
            return null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(o.To!, $"admin/host/systemkeys/{KeyName}"));
        request.Headers.Add("x-functions-key", o.MasterKey);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            LogAdminApiRefused(logger, KeyName, (int)response.StatusCode);
            return null;
        }

        var key = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return key.TryGetProperty("value", out var value) && value.GetString() is { Length: > 0 } v ? (v, "the admin API") : null;
    }

    private (string Key, string Source)? Read(string json, string source)
    {
        try
        {
            return ReadHostSecrets(json) is { } key ? (key, source) : null;
        }
        catch (Exception ex) when (ex is JsonException or CryptographicException or FormatException)
        {
            LogUnreadable(logger, source, ex.GetType().Name, ex.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Using the {KeyName} key from {Source}")]
    private static partial void LogFound(ILogger logger, string keyName, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No {KeyName} key found in the host's secrets; posting events without one (Core Tools needs none). Pass --key, --secrets or --master-key for a host that checks keys.")]
    private static partial void LogNoKey(ILogger logger, string keyName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The admin API did not give the {KeyName} key ({Status}); is the master key right?")]
    private static partial void LogAdminApiRefused(ILogger logger, string keyName, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the host's secrets in {Source}: {ErrorType}: {ErrorMessage}")]
    private static partial void LogUnreadable(ILogger logger, string source, string errorType, string errorMessage);
}
