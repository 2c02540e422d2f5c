using System.Text.RegularExpressions;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// The class, id and text patterns that mark page furniture or article content. Inputs are cut to a bounded length
/// and every pattern has a timeout, so hostile attribute values cannot stall extraction.
/// </summary>
internal static partial class ElementPatterns
{
    private const int MaxMatchLength = 400;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static bool IsUnlikelyCandidate(string classAndId) => Unlikely().IsMatch(Bound(classAndId)) && !MaybeCandidate().IsMatch(Bound(classAndId));

    /// <summary>A comment thread or its form: never the article, whatever the extraction attempt relaxes.</summary>
    public static bool IsCommentSection(string classAndId) => CommentSection().IsMatch(Bound(classAndId)) && !MaybeCandidate().IsMatch(Bound(classAndId));

    /// <summary>The class and id with the names of comment threads blanked out (on a discussion page they name its posts).</summary>
    public static string WithoutDiscussionNames(string classAndId) => DiscussionNames().Replace(Bound(classAndId), " ");

    public static bool IsNegative(string value) => Negative().IsMatch(Bound(value));

    public static bool IsPositive(string value) => Positive().IsMatch(Bound(value));

    public static bool IsByline(string classAndId) => Byline().IsMatch(Bound(classAndId));

    public static bool IsShare(string classAndId) => Share().IsMatch(Bound(classAndId));



    public static bool IsAdOrLoadingText(string text) => text.Length < 40 && AdOrLoading().IsMatch(text);

    public static bool IsVideoUrl(string url) => Video().IsMatch(Bound(url));

    public static bool IsHidingStyle(string style) => HiddenStyle().IsMatch(Bound(style));

    private static string Bound(string value) => value.Length > MaxMatchLength ? value[..MaxMatchLength] : value;

    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|subscribe|paywall|outbrain|taboola|log-?in|sign-?in|sign-?up|register|registration|modal|hover-?card|tooltip|popover", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"(?<![a-z])(comments?|commentlist|disqus|replies|respond)(?![a-z])", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex CommentSection();

    [GeneratedRegex(@"comments?|replies|respond|remark|disqus|community", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex DiscussionNames();

    [GeneratedRegex(@"and|article|body|column|content|main|mathjax|shadow", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex MaybeCandidate();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|taboola|newsletter|cookie", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex Negative();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex Positive();

    [GeneratedRegex(@"byline|author|dateline|writtenby|p-author", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex Byline();

    [GeneratedRegex(@"(\b|_)(share|sharedaddy)(\b|_)", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex Share();

    [GeneratedRegex(@"^\s*(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|(loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)\s*$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex AdOrLoading();

    [GeneratedRegex(@"//(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex Video();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex HiddenStyle();
}
