using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Turns uploaded bytes into text: a byte order mark wins, then valid UTF-8, then the charset declared in the
/// content type or the page's <c>&lt;meta&gt;</c>, then windows-1252 as browsers do.
/// </summary>
internal static partial class TextDecoder
{
    private const int PrescanBytes = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

        var declared = FindDeclaredEncoding(contentType, bytes);
        if (declared is not null && IsSevenBitStatefulEncoding(declared) && bytes.Contains((byte)0x1B))
        {
            return declared.GetString(bytes);
        }

        if (TryDecodeUtf8(bytes, out text))
        {
            return text;
        }

        return (declared is null || declared.CodePage == Encoding.UTF8.CodePage ? Windows1252 : declared).GetString(bytes);
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

    private static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static Encoding? FindDeclaredEncoding(string? contentType, ReadOnlySpan<byte> bytes)
    {
        var name = CharsetParameter(contentType);
        if (name is null)
        {
            // The prefix is read as Latin-1 so that every byte maps to one char and ASCII markup stays legible.
            var prefix = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
            var match = MetaCharset().Match(prefix);
            name = match.Success ? match.Groups["charset"].Value : null;
        }

        return ResolveEncoding(name);
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
        if (name is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "iso8859-1" or "l1")
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

    private static bool IsSevenBitStatefulEncoding(Encoding encoding) =>
        encoding.WebName.StartsWith("iso-2022", StringComparison.OrdinalIgnoreCase)
        || encoding.WebName.Equals("utf-7", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("""<meta[^>]{0,512}?charset\s*=\s*["']?\s*(?<charset>[A-Za-z0-9_:.\-]{1,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""charset\s*=\s*["']?(?<charset>[A-Za-z0-9_:.\-]{1,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CharsetInContentType();
}
