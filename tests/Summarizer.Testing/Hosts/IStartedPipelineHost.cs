namespace Summarizer.Testing.Hosts;

/// <summary>A host a scenario started for itself, with settings of its own, and stops when it is done.</summary>
public interface IStartedPipelineHost : IPipelineHost, IAsyncDisposable
{
}
