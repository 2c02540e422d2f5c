namespace Summarizer.Core.Summarization;

/// <summary>
/// The name of the <see cref="System.Diagnostics.ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/>
/// under which the chat client emits OpenTelemetry GenAI spans (<c>chat {model}</c>, <c>gen_ai.*</c> tags) and the
/// <c>gen_ai.client.token.usage</c> and <c>gen_ai.client.operation.duration</c> histograms; hosts add it to their telemetry.
/// </summary>
public static class ChatTelemetry
{
    public const string SourceName = "Summarizer.Chat";
}
