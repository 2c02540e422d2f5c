using System.ComponentModel.DataAnnotations;

namespace Summarizer.Core.Fetching;

/// <summary>Limits for fetching articles by URL, bound from the <c>Fetch</c> configuration section.</summary>
public sealed class FetchOptions
{
    public const string SectionName = "Fetch";

    /// <summary>
    /// Allows fetching from loopback addresses (127.0.0.0/8, ::1). Off by default; for tests and local trials against
    /// a server on this machine. Private, link-local and other internal ranges stay refused.
    /// </summary>
    public bool AllowLoopback { get; set; }

    /// <summary>The most redirects followed; every hop's address is checked again.</summary>
    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>The largest page fetched; a longer one fails the fetch.</summary>
    [Range(1024, 1L << 30)]
    public long MaxBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>How long the whole fetch, redirects included, may take.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>The content types (without parameters) accepted as articles.</summary>
    [MinLength(1)]
    public string[] ContentTypes { get; set; } =
    [
        "text/html",
        "application/xhtml+xml",
        "text/plain",
        "text/markdown",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ];
}
