using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Turns uploaded bytes into text. A byte order mark wins; then the charset of the content type (the HTTP level),
/// then the page's <c>&lt;meta&gt;</c> charset, each unless the bytes contradict it; then UTF-8 when the bytes are
/// (mostly) UTF-8, else windows-1252 as browsers do. Pages re-saved as UTF-8 that keep their old legacy
/// declaration are common, so UTF-8 byte sequences contradict a single- or multi-byte legacy charset, and bytes
/// that are not UTF-8 contradict a UTF-8 declaration.
/// </summary>
internal static partial class TextDecoder
{
    private const int PrescanBytes = 4096;

    // Up to one broken sequence in this many well-formed multi-byte ones (a cut-off last character, a stray byte
    // pasted in) still reads as UTF-8; legacy text almost never forms a well-formed multi-byte sequence at all.
    private const int ValidSequencesPerInvalid = 4;

    static TextDecoder()
    {
        // Legacy charsets (windows-125x, ISO-8859-x, Shift_JIS, GB2312, EUC-KR...) live in the code pages provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Decodes <paramref name="bytes"/> to text; never throws for malformed input.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (TryDecodeWithByteOrderMark(bytes, out var text))
        {
            return text;
        }

        if (LooksLikeUtf16WithoutBom(bytes, out var utf16))
        {
            return utf16.GetString(bytes);
        }

        var shape = Utf8Shape.Of(bytes);
        foreach (var declared in DeclaredEncodings(contentType, bytes))
        {
            if (Agrees(declared, shape, bytes))
            {
                return declared.CodePage == Encoding.UTF8.CodePage ? Encoding.UTF8.GetString(bytes) : declared.GetString(bytes);
            }
        }

        return shape.IsMostlyUtf8 ? Encoding.UTF8.GetString(bytes) : Windows1252.GetString(bytes);
    }

    /// <summary>The charset of the content type, then that of the page's <c>&lt;meta&gt;</c>, when known.</summary>
    private static List<Encoding> DeclaredEncodings(string? contentType, ReadOnlySpan<byte> bytes)
    {
        var declared = new List<Encoding>(2);
        if (ResolveEncoding(CharsetParameter(contentType)) is { } transport)
        {
            declared.Add(transport);
        }

        if (ResolveEncoding(MetaCharsetName(bytes)) is { } meta && !declared.Contains(meta))
        {
            declared.Add(meta);
        }

        return declared;
    }

    private static bool Agrees(Encoding declared, Utf8Shape shape, ReadOnlySpan<byte> bytes)
    {
        if (declared.CodePage == Encoding.UTF8.CodePage)
        {
            return shape.IsMostlyUtf8 || shape.IsAscii;
        }

        if (IsSevenBitStatefulEncoding(declared))
        {
            return bytes.Contains((byte)0x1B);
        }

        // UTF-16 and UTF-32 without a byte order mark were ruled out above; as in browsers, such a label is wrong.
        if (declared.CodePage is 1200 or 1201 or 12000 or 12001)
        {
            return false;
        }

        // UTF-8 multi-byte sequences under a legacy declaration are the re-saved page; plain ASCII fits any charset.
        return !shape.IsMostlyUtf8;
    }

    private static Encoding Windows1252 => Encoding.GetEncoding(1252);

    private static bool TryDecodeWithByteOrderMark(ReadOnlySpan<byte> bytes, out string text)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = Encoding.UTF8.GetString(bytes[3..]);
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            text = Encoding.UTF32.GetString(bytes[4..]);
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
            return true;
        }

        text = string.Empty;
        return false;
    }

    // ASCII text in UTF-16 has a zero in every other byte; binary data rarely shows that pattern over a whole sample.
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes, out Encoding encoding)
    {
        encoding = Encoding.Unicode;
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 16)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05)
        {
            return true;
        }

        if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05)
        {
            encoding = Encoding.BigEndianUnicode;
            return true;
        }

        return false;
    }

    private static string? MetaCharsetName(ReadOnlySpan<byte> bytes)
    {
        // The prefix is read as Latin-1 so that every byte maps to one char and ASCII markup stays legible.
        var prefix = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = MetaCharset().Match(prefix);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    private static string? CharsetParameter(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        var match = CharsetInContentType().Match(contentType);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    private static Encoding? ResolveEncoding(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        name = name.Trim().Trim('"', '\'').ToLowerInvariant();

        // As in browsers, Latin-1 and ASCII labels mean windows-1252, which is a superset that pages rely on.
        if (name is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "iso8859-1" or "l1" or "iso_8859-1" or "cp1252")
        {
            return Windows1252;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>How the bytes read as UTF-8: well-formed multi-byte sequences against broken ones.</summary>
    private readonly record struct Utf8Shape(int ValidSequences, int InvalidSequences)
    {
        public bool IsAscii => ValidSequences == 0 && InvalidSequences == 0;

        public bool IsMostlyUtf8 => ValidSequences > 0 && InvalidSequences * ValidSequencesPerInvalid <= ValidSequences;

        public static Utf8Shape Of(ReadOnlySpan<byte> bytes)
        {
            int valid = 0, invalid = 0;
            var rest = bytes;
            while (!rest.IsEmpty)
            {
                var ascii = rest.IndexOfAnyExceptInRange((byte)0x00, (byte)0x7F);
                if (ascii < 0)
                {
                    break;
                }

                rest = rest[ascii..];
                var status = System.Text.Rune.DecodeFromUtf8(rest, out _, out var consumed);
                if (status == OperationStatus.Done)
                {
                    valid++;
                }
                else
                {
                    invalid++;
                }

                rest = rest[Math.Max(consumed, 1)..];
            }

            return new Utf8Shape(valid, invalid);
        }
    }

    private static bool IsSevenBitStatefulEncoding(Encoding encoding) =>
        encoding.WebName.StartsWith("iso-2022", StringComparison.OrdinalIgnoreCase)
        || encoding.WebName.Equals("utf-7", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("""<meta[^>]{0,512}?charset\s*=\s*["']?\s*(?<charset>[A-Za-z0-9_:.\-]{1,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""charset\s*=\s*["']?(?<charset>[A-Za-z0-9_:.\-]{1,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CharsetInContentType();
}
