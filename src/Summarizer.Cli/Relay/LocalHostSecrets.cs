namespace Summarizer.Cli.Relay;

/// <summary>
/// Finds the secrets folder of a Functions host running on this machine from the host process's own settings
/// (<c>/proc</c>, Linux, same user): the process whose <c>ASPNETCORE_URLS</c> or <c>WEBSITE_HOSTNAME</c> names the
/// port the relay posts to and that has <c>FUNCTIONS_SECRETS_PATH</c>. So <c>relay --to</c> alone finds the key of a
/// host started as docs/deployment.md shows.
/// </summary>
internal static class LocalHostSecrets
{
    private const string SecretsPathVariable = "FUNCTIONS_SECRETS_PATH";

    /// <summary>The secrets folders of local processes serving <paramref name="host"/>; none for a remote host or without <c>/proc</c>.</summary>
    public static IEnumerable<string> FoldersFor(Uri host)
    {
        if (!host.IsLoopback || !Directory.Exists("/proc"))
        {
            yield break;
        }

        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(process), out _) || ReadEnvironment(process) is not { } environment
                || !environment.TryGetValue(SecretsPathVariable, out var secrets) || string.IsNullOrEmpty(secrets) || !Serves(environment, host.Port))
            {
                continue;
            }

            if (Path.IsPathRooted(secrets))
            {
                yield return secrets;
            }
            else if (WorkingDirectory(process) is { } cwd)
            {
                yield return Path.Combine(cwd, secrets);
            }
        }
    }

    private static bool Serves(Dictionary<string, string> environment, int port)
    {
        var suffix = ":" + port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return environment.TryGetValue("ASPNETCORE_URLS", out var urls)
                && urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(u => u.TrimEnd('/').EndsWith(suffix, StringComparison.Ordinal))
            || environment.TryGetValue("WEBSITE_HOSTNAME", out var hostName) && hostName.EndsWith(suffix, StringComparison.Ordinal);
    }

    private static Dictionary<string, string>? ReadEnvironment(string process)
    {
        try
        {
            var pairs = File.ReadAllText(Path.Combine(process, "environ")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
            var environment = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in pairs)
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    environment[pair[..equals]] = pair[(equals + 1)..];
                }
            }

            return environment;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another user's process, or one that ended while it was read.
            return null;
        }
    }

    private static string? WorkingDirectory(string process)
    {
        try
        {
            return new DirectoryInfo(Path.Combine(process, "cwd")).ResolveLinkTarget(returnFinalTarget: false)?.FullName;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
