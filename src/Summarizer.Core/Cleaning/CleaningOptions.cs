using System.ComponentModel.DataAnnotations;

namespace Summarizer.Core.Cleaning;

/// <summary>Limits for the clean stage, bound from the <c>Cleaning</c> configuration section.</summary>
public sealed class CleaningOptions
{
    public const string SectionName = "Cleaning";

    /// <summary>The largest upload, after gzip decompression, that is cleaned; larger ones are rejected.</summary>
    [Range(1024, 1L << 30)]
    public long MaxInputBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>The most pages a PDF may have; longer documents are rejected rather than cut short.</summary>
    [Range(1, 100_000)]
    public int MaxPages { get; set; } = 500;

    /// <summary>The most characters of text a PDF or Word document may yield; more is rejected.</summary>
    [Range(1_000, 1_000_000_000)]
    public int MaxCharacters { get; set; } = 2_000_000;

    /// <summary>How long reading one PDF or Word document may take before it is rejected.</summary>
    [Range(1, 3600)]
    public int MaxDocumentSeconds { get; set; } = 30;
}
