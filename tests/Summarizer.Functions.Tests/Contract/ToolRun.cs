using System.Diagnostics;

namespace Summarizer.Functions.Tests.Contract;

/// <summary>Runs a command-line tool to its end and gives its standard output; a failure carries what it printed.</summary>
internal static class ToolRun
{
    public static async Task<string> OutputAsync(string fileName, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', args)} failed ({process.ExitCode}):\n{await stdout}{await stderr}");
        }

        return await stdout;
    }
}
