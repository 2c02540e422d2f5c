namespace Summarizer.Core.Cleaning;

/// <summary>Tells text from binary data (images, PDFs, archives, executables) before and after decoding.</summary>
internal static class BinaryContentDetector
{
    private static readonly byte[][] Signatures =
    [
        "%PDF-"u8.ToArray(),
        [0x89, (byte)'P', (byte)'N', (byte)'G'],
        "GIF8"u8.ToArray(),
        [0xFF, 0xD8, 0xFF],
        [(byte)'P', (byte)'K', 0x03, 0x04],
        [0x7F, (byte)'E', (byte)'L', (byte)'F'],
        "RIFF"u8.ToArray(),
        [0x1F, 0x8B],
        [0x28, 0xB5, 0x2F, 0xFD],
        "BZh"u8.ToArray(),
        [0xD0, 0xCF, 0x11, 0xE0],
    ];

    /// <summary>True when the bytes start like a known binary file format.</summary>
    public static bool HasBinarySignature(ReadOnlySpan<byte> bytes)
    {
        foreach (var signature in Signatures)
        {
            if (bytes.StartsWith(signature))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when decoded text is mostly control characters, which no article contains.</summary>
    public static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 65536));
        var suspicious = 0;
        foreach (var c in sample)
        {
            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) || c == '\uFFFD')
            {
                suspicious++;
            }
        }

        return suspicious > 8 && suspicious * 100 > sample.Length;
    }
}
