namespace Summarizer.Core.Api;

/// <summary>The uploaded file as received: its size in bytes, the content type it was sent with, and the format detected in it.</summary>
public sealed record SourceFile(long? Size, string? ContentType, string? Format);
