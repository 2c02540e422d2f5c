using Azure;

namespace Summarizer.Core.Storage;

/// <summary>What is known of an uploaded article blob before reading it.</summary>
public sealed record ArticleBlob(string Name, ETag ETag, long ContentLength, string? ContentType, DateTimeOffset LastModified);
