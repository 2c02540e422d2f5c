using System.Text.Json;
using System.Xml.Linq;
using Summarizer.Testing;

namespace Summarizer.Functions.Tests.Contract;

/// <summary>
/// The ARM JSON that <c>bicep build</c> makes of infra/, once per run, with the Bicep CLI from the NuGet package that
/// infra/Bicep.Tools.proj pins (restored here when the package is not yet in the NuGet cache), as infra/validate.sh does.
/// </summary>
internal static class BicepTemplates
{
    private const string BicepPackage = "azure.bicep.commandline.linux-x64";
    private static readonly string InfraFolder = Path.Combine(RepositoryPaths.Root, "infra");
    private static readonly Lazy<Task<string>> Bicep = new(FindOrRestoreBicepAsync);
    private static readonly Lazy<Task<JsonElement>> Main = new(() => BuildAsync("main.bicep"));
    private static readonly Lazy<Task<JsonElement>> BlobEventSubscription = new(() => BuildAsync("blob-event-subscription.bicep"));

    /// <summary>The template of the whole deployment.</summary>
    public static Task<JsonElement> MainAsync() => Main.Value;

    /// <summary>The Event Grid subscription the postdeploy hook deploys once the host has its blobs_extension key.</summary>
    public static Task<JsonElement> BlobEventSubscriptionAsync() => BlobEventSubscription.Value;

    /// <summary>The names of the app settings main.bicep gives the function app (<c>Section__Key</c>).</summary>
    public static async Task<IReadOnlyList<string>> FunctionAppSettingsAsync()
    {
        var template = await MainAsync();
        var module = template.GetProperty("resources").EnumerateArray()
            .Single(r => r.TryGetProperty("name", out var name) && name.GetString() == "function-app");
        return module.GetProperty("properties").GetProperty("parameters").GetProperty("appSettings").GetProperty("value")
            .EnumerateObject().Select(p => p.Name).ToList();
    }

    /// <summary>The default value of a parameter of a built template.</summary>
    public static string? DefaultValue(JsonElement template, string parameter) =>
        template.GetProperty("parameters").GetProperty(parameter).TryGetProperty("defaultValue", out var value) ? value.GetString() : null;

    private static async Task<JsonElement> BuildAsync(string file)
    {
        var json = await ToolRun.OutputAsync(await Bicep.Value, "build", Path.Combine(InfraFolder, file), "--stdout");
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static async Task<string> FindOrRestoreBicepAsync()
    {
        var project = Path.Combine(InfraFolder, "Bicep.Tools.proj");
        var version = XDocument.Load(project).Descendants("BicepVersion").Single().Value;
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var bicep = Path.Combine(packages, BicepPackage, version, "tools", "bicep");
        if (!File.Exists(bicep))
        {
            await ToolRun.OutputAsync("dotnet", "restore", project, "--verbosity", "quiet");
        }

        // NuGet extracts the package without the execute bit; the package is the Linux build, as in infra/validate.sh.
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(bicep, File.GetUnixFileMode(bicep) | UnixFileMode.UserExecute);
        }

        return bicep;
    }
}
