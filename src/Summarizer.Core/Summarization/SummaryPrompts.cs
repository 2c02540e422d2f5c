namespace Summarizer.Core.Summarization;

/// <summary>The prompt templates and the response schema, embedded from the <c>Prompts</c> folder.</summary>
internal static class SummaryPrompts
{
    public static string Summarize { get; } = Read("Summarize.skprompt.txt");

    public static string Combine { get; } = Read("Combine.skprompt.txt");

    public static string Repair { get; } = Read("Repair.skprompt.txt");

    public static BinaryData ResponseSchema { get; } = BinaryData.FromString(Read("summary-response.schema.json"));

    private static string Read(string name)
    {
        var resource = "Summarizer.Core.Summarization.Prompts." + name;
        using var stream = typeof(SummaryPrompts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded prompt {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
