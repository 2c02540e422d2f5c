using System.Text.Json;

namespace Summarizer.Functions.Tests.Contract;

/// <summary>One function as <c>functions.metadata</c> describes it to the host: its name and its bindings.</summary>
internal sealed record FunctionDefinition(string Name, string ScriptFile, IReadOnlyList<JsonElement> Bindings)
{
    /// <summary>The binding that runs the function (the one whose type ends in <c>Trigger</c>).</summary>
    public JsonElement Trigger => Bindings.Single(b => Property(b, "type")?.EndsWith("Trigger", StringComparison.Ordinal) == true);

    public string TriggerType => Property(Trigger, "type")!;

    /// <summary>A text property of the trigger binding, or null when the SDK wrote none.</summary>
    public string? TriggerProperty(string name) => Property(Trigger, name);

    public IReadOnlyList<string> TriggerList(string name) =>
        Trigger.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString()!).ToList()
            : [];

    private static string? Property(JsonElement binding, string name) =>
        binding.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
