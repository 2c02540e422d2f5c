using Summarizer.Cli.Emulator;

namespace Summarizer.Testing.Hosts;

/// <summary>
/// A running host of the pipeline and its API (<c>summarizer serve</c> or the Functions app under the Functions host)
/// on its own Azurite, as the shared scenario suite sees it.
/// </summary>
public interface IPipelineHost
{
    /// <summary>Why this host cannot run on this machine; null when it runs.</summary>
    string? UnavailableReason { get; }

    /// <summary>A client on the host's root address that sends whatever key the host asks for.</summary>
    HttpClient Http { get; }

    /// <summary>The storage the host runs on; it keeps its data folder across a stop and restart.</summary>
    AzuriteServer Azurite { get; }
}
