using Azure;

namespace Summarizer.Core.Storage;

/// <summary>What is known of an uploaded article blob before reading it.</summary>
public sealed record ArticleBlob(string Name, ETag ETag, long ContentLength, string? ContentType, DateTimeOffset LastModified)
{
    /// <summary>The blob's metadata (empty when it was listed rather than read).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>The URL the article was fetched from, after redirects, when it came by URL.</summary>
    public string? SourceUrl => Metadata.TryGetValue(ArticleBlobStore.SourceUrlMetadata, out var url) ? Uri.UnescapeDataString(url) : null;
}
