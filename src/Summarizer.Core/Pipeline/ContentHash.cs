using System.Security.Cryptography;

namespace Summarizer.Core.Pipeline;

/// <summary>The SHA-256 of an upload's bytes, in lower-case hex: identical uploads have identical hashes.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
