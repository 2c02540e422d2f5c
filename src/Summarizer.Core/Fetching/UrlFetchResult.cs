namespace Summarizer.Core.Fetching;

/// <summary>
/// The outcome of fetching an article by URL: the page, or why the URL was refused (never requested: a 400), or why
/// the fetch failed (the article is rejected with that reason).
/// </summary>
public sealed record UrlFetchResult
{
    /// <summary>The bytes fetched, when the fetch succeeded.</summary>
    public byte[]? Content { get; init; }

    /// <summary>The response's content type.</summary>
    public string? ContentType { get; init; }

    /// <summary>The URL the content came from, after redirects.</summary>
    public Uri? FinalUrl { get; init; }

    /// <summary>Why the URL or a redirect was refused by the fetch policy.</summary>
    public string? Refused { get; init; }

    /// <summary>Why an allowed fetch did not give an article (an error status, a timeout, a limit).</summary>
    public string? Failed { get; init; }

    public static UrlFetchResult Fetched(byte[] content, string? contentType, Uri finalUrl) =>
        new() { Content = content, ContentType = contentType, FinalUrl = finalUrl };

    public static UrlFetchResult Refuse(string reason) => new() { Refused = reason };

    public static UrlFetchResult Fail(string reason) => new() { Failed = reason };
}
