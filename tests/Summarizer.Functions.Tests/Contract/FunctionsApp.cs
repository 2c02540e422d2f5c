using Summarizer.Testing;

namespace Summarizer.Functions.Tests.Contract;

/// <summary>Where the Functions app's build output and its own files are in the repository.</summary>
internal static class FunctionsApp
{
    public static string ProjectFolder => Path.Combine(RepositoryPaths.Root, "src", "Summarizer.Functions");

    /// <summary>
    /// The app's build output for the configuration these tests were built in (bin/Release/net10.0 when they run from
    /// tests/Summarizer.Functions.Tests/bin/Release/net10.0); publishing builds it too.
    /// </summary>
    public static string BuildFolder
    {
        get
        {
            var testProject = Path.Combine(RepositoryPaths.Root, "tests", "Summarizer.Functions.Tests");
            return Path.Combine(ProjectFolder, Path.GetRelativePath(testProject, AppContext.BaseDirectory));
        }
    }

    public static string LocalSettingsExample => Path.Combine(ProjectFolder, "local.settings.json.example");

    public static string HostJson => Path.Combine(RepositoryPaths.Root, "host.json");
}
