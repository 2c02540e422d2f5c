using System.ClientModel.Primitives;

namespace Summarizer.Core.Summarization;

/// <summary>
/// Counts the HTTP attempts (retries included) that the model client sends on behalf of the article being
/// summarized in the current async flow; it sits in the client pipeline after the retry policy.
/// </summary>
internal sealed class ModelCallCounter : PipelinePolicy
{
    private static readonly AsyncLocal<Tally?> Current = new();

    /// <summary>Starts counting for the current async flow and the tasks it starts.</summary>
    public static Tally Start() => Current.Value = new Tally();

    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Current.Value?.Increment();
        ProcessNext(message, pipeline, currentIndex);
    }

    public override async ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Current.Value?.Increment();
        await ProcessNextAsync(message, pipeline, currentIndex);
    }

    /// <summary>A thread-safe count shared by the concurrent calls of one article.</summary>
    public sealed class Tally
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Increment() => Interlocked.Increment(ref _count);
    }
}
