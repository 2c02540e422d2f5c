namespace Summarizer.Cli.Emulator;

/// <summary>A content-filter category the emulator reports as filtered, with its severity (<c>low</c>, <c>medium</c>, <c>high</c>).</summary>
public sealed record ContentFilterHit(string Category, string Severity)
{
    /// <summary>The four harm categories Azure's filter always reports on.</summary>
    public static IReadOnlyList<string> HarmCategories { get; } = ["hate", "self_harm", "sexual", "violence"];
}
