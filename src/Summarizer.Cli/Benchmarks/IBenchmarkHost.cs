namespace Summarizer.Cli.Benchmarks;

/// <summary>A host the pipeline benchmark runs its load against: <c>summarizer serve</c> or the Functions host.</summary>
internal interface IBenchmarkHost : IAsyncDisposable
{
    /// <summary>Where the HTTP API is (<c>{BaseAddress}api/…</c>).</summary>
    Uri BaseAddress { get; }

    /// <summary>The function key the API asks for, or null where it asks for none.</summary>
    string? FunctionKey { get; }

    /// <summary>What runs, with its process ids, for the benchmark's first line.</summary>
    string Description { get; }

    /// <summary>The line on the host's memory, read once every article is final.</summary>
    string MemoryReport();
}
