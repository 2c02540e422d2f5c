using System.Text.Json;

namespace Summarizer.Functions.Tests.Contract;

/// <summary>
/// The <c>functions.metadata</c> the Worker SDK writes into the build and publish output: what the host indexes the
/// app's functions and bindings from, without running the worker.
/// </summary>
internal static class FunctionsMetadata
{
    public const string FileName = "functions.metadata";

    public static IReadOnlyList<FunctionDefinition> Read(string appFolder)
    {
        var path = Path.Combine(appFolder, FileName);
        Assert.True(File.Exists(path), $"{appFolder} has no {FileName}: the Worker SDK did not index the functions.");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray()
            .Select(f => new FunctionDefinition(
                f.GetProperty("name").GetString()!,
                f.GetProperty("scriptFile").GetString()!,
                f.GetProperty("bindings").EnumerateArray().Select(b => b.Clone()).ToList()))
            .ToList();
    }

    /// <summary>The one function run by a trigger of <paramref name="triggerType"/>, such as <c>blobTrigger</c>.</summary>
    public static FunctionDefinition Single(IReadOnlyList<FunctionDefinition> functions, string triggerType)
    {
        var matching = functions.Where(f => f.TriggerType == triggerType).ToList();
        Assert.True(matching.Count == 1, $"Expected one function with a {triggerType}, found {matching.Count}: {string.Join(", ", functions.Select(f => $"{f.Name} ({f.TriggerType})"))}.");
        return matching[0];
    }

    /// <summary>The function named <paramref name="name"/>.</summary>
    public static FunctionDefinition Named(IReadOnlyList<FunctionDefinition> functions, string name)
    {
        var function = functions.SingleOrDefault(f => f.Name == name);
        Assert.True(function is not null, $"No function is named {name}: {string.Join(", ", functions.Select(f => f.Name))}.");
        return function;
    }
}
