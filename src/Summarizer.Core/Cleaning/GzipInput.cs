using System.IO.Compression;

namespace Summarizer.Core.Cleaning;

/// <summary>Recognises gzip-compressed uploads and inflates them without letting a small bomb grow past the size limit.</summary>
internal static class GzipInput
{
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;

    /// <summary>Inflates <paramref name="compressed"/>; null when the result would exceed <paramref name="maxBytes"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not a valid gzip stream.</exception>
    public static byte[]? Decompress(ReadOnlyMemory<byte> compressed, long maxBytes, CancellationToken cancellationToken)
    {
        using var input = new MemoryStream(compressed.ToArray(), writable: false);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (output.Length + read > maxBytes)
            {
                return null;
            }

            output.Write(buffer, 0, read);
        }

        return output.ToArray();
    }
}
