using System.ComponentModel.DataAnnotations;

namespace Summarizer.Core.Pipeline;

/// <summary>Limits and retry settings of the pipeline (section <c>Pipeline</c>).</summary>
public sealed class PipelineOptions
{
    public const string SectionName = "Pipeline";

    /// <summary>Uploads larger than this are rejected without being read (default 10 MiB).</summary>
    [Range(1, 1L << 32)]
    public long MaxArticleBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Deliveries of a summarize message before it goes to the poison queue; equal to host.json's <c>maxDequeueCount</c>.</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;
}
