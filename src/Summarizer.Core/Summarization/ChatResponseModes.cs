using System.Collections.Concurrent;

namespace Summarizer.Core.Summarization;

/// <summary>
/// Remembers for the process which <see cref="ChatResponseMode"/> each endpoint and model takes, once a server has
/// refused a stricter one, so that later articles do not pay for the refused call again.
/// </summary>
internal sealed class ChatResponseModes
{
    private readonly ConcurrentDictionary<string, ChatResponseMode> _modes = new(StringComparer.Ordinal);

    /// <summary>The one memory of the process.</summary>
    public static ChatResponseModes Shared { get; } = new();

    public ChatResponseMode Get(string endpoint) => _modes.GetValueOrDefault(endpoint, ChatResponseMode.JsonSchema);

    /// <summary>Records that <paramref name="refused"/> was refused and returns the next mode to try (never a stricter one than known).</summary>
    public ChatResponseMode Downgrade(string endpoint, ChatResponseMode refused)
    {
        var next = refused + 1;
        return _modes.AddOrUpdate(endpoint, next, (_, known) => known > next ? known : next);
    }
}
