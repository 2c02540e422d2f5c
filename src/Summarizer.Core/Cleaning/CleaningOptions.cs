using System.ComponentModel.DataAnnotations;

namespace Summarizer.Core.Cleaning;

/// <summary>Limits for the clean stage, bound from the <c>Cleaning</c> configuration section.</summary>
public sealed class CleaningOptions
{
    public const string SectionName = "Cleaning";

    /// <summary>The largest upload, after gzip decompression, that is cleaned; larger ones are rejected.</summary>
    [Range(1024, 1L << 30)]
    public long MaxInputBytes { get; set; } = 16 * 1024 * 1024;
}
