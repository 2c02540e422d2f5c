namespace Summarizer.Cli.Emulator;

/// <summary>
/// Where the Azure Functions host comes from: Core Tools' <c>func</c>, or a build of the runtime host
/// (<c>Microsoft.Azure.WebJobs.Script.WebHost.dll</c>) run with <c>dotnet</c>.
/// </summary>
public sealed record FunctionsHostLocation(string Path, bool IsCoreTools)
{
    /// <summary>Names a folder holding the host build, or the host's dll, in place of the default look-up.</summary>
    public const string EnvironmentVariable = "SUMMARIZER_FUNCTIONS_HOST";

    public const string HostAssembly = "Microsoft.Azure.WebJobs.Script.WebHost.dll";

    /// <summary>
    /// The host to run: the one <see cref="EnvironmentVariable"/> names, else <c>func</c> on the PATH. Null, with the
    /// reason in <paramref name="reason"/>, when neither exists.
    /// </summary>
    public static FunctionsHostLocation? Find(out string reason)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var assembly = Directory.Exists(configured) ? System.IO.Path.Combine(configured, HostAssembly) : configured;
            reason = File.Exists(assembly) ? string.Empty : $"{EnvironmentVariable}={configured} holds no {HostAssembly}.";
            return File.Exists(assembly) ? new FunctionsHostLocation(System.IO.Path.GetFullPath(assembly), IsCoreTools: false) : null;
        }

        if (FindOnPath("func") is { } func)
        {
            reason = string.Empty;
            return new FunctionsHostLocation(func, IsCoreTools: true);
        }

        reason = $"No Azure Functions host: Core Tools' 'func' is not on the PATH and {EnvironmentVariable} is not set.";
        return null;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
