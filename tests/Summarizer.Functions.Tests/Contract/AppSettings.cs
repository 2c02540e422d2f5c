using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Summarizer.Functions.Tests.Contract;

/// <summary>
/// The names of the settings each source gives the app, as configuration keys (<c>Storage__BlobServiceUri</c> becomes
/// <c>Storage:BlobServiceUri</c>, as the environment-variable provider reads it).
/// </summary>
internal static class AppSettings
{
    public static string Describe(SettingsSource source) => source switch
    {
        SettingsSource.Azure => "the Bicep app settings (infra/main.bicep)",
        SettingsSource.Local => "src/Summarizer.Functions/local.settings.json.example",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    public static async Task<IReadOnlySet<string>> ReadAsync(SettingsSource source)
    {
        var names = source switch
        {
            SettingsSource.Azure => await BicepTemplates.FunctionAppSettingsAsync(),
            SettingsSource.Local => LocalSettingsExample(),
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
        };
        return names.Select(n => n.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether <paramref name="key"/>, or an element under it (<c>Fetch:ContentTypes:0</c>), is set.</summary>
    public static bool Sets(this IReadOnlySet<string> settings, string key) =>
        settings.Contains(key) || settings.Any(s => s.StartsWith(key + ConfigurationPath.KeyDelimiter, StringComparison.OrdinalIgnoreCase));

    private static List<string> LocalSettingsExample()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FunctionsApp.LocalSettingsExample));
        return document.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name).ToList();
    }
}
