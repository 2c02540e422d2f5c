using System.Text.RegularExpressions;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Recognises the lines of social media posts embedded in or beside a story: a post ending with its short link
/// ("… fb.me/8s6irZcoc", "… pic.twitter.com/x1y2"), the attribution under an embedded post ("— Jane Doe (@janedoe)
/// March 18, 2017") and a lone "@handle" (also "Twitter: @handle").
/// </summary>
internal static partial class SocialPostLines
{
    /// <summary>The longest text a post can have, with some room for its link.</summary>
    public const int MaxPostLength = 320;

    /// <summary>True for a post that ends with its short link, or a lone "@handle".</summary>
    public static bool IsPostLine(string line)
    {
        var text = line.Trim();
        return text.Length is > 0 and <= MaxPostLength && (ShortLinkEnding().IsMatch(text) || Handle().IsMatch(text));
    }

    /// <summary>The attribution that closes an embedded post: a dash, the author's name, the handle and the date.</summary>
    public static bool IsAttribution(string line)
    {
        var text = line.Trim();
        return text.Length <= 120 && Attribution().IsMatch(text);
    }

    [GeneratedRegex(@"(^|\s)(pic\.twitter\.com/\w+|https?://t\.co/\w+|fb\.me/\w+|(https?://)?(www\.)?twitter\.com/\w+/status\S*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex ShortLinkEnding();

    [GeneratedRegex(@"^((twitter|x|instagram|threads|tiktok)\s*:\s*)?@\w{1,30}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex Handle();

    [GeneratedRegex(@"^[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s*(\p{L}+\.? \d{1,2}, \d{4}|\d{1,2} \p{L}+\.? \d{4})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex Attribution();
}
