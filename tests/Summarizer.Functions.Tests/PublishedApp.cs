using Summarizer.Cli.Emulator;

namespace Summarizer.Functions.Tests;

/// <summary>The Functions app, published once per test run into a folder of its own.</summary>
internal static class PublishedApp
{
    private static readonly Lazy<Task<string>> Folder = new(PublishAsync);

    public static Task<string> GetAsync() => Folder.Value;

    private static async Task<string> PublishAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "summarizer-functions-app-" + Environment.ProcessId);
        await FunctionsHostServer.PublishAppAsync(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    }
}
