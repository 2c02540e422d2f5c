using System.Text.RegularExpressions;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Recognises by their shape the lines that web pages put around a story: share prompts, relative times,
/// video durations, timestamps, separators and the headings of "more from" link lists.
/// </summary>
internal static partial class BoilerplateLines
{
    private const int MaxBoilerplateLength = 120;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>True for a line that is never part of an article, whatever surrounds it.</summary>
    public static bool IsBoilerplate(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > MaxBoilerplateLength)
        {
            return false;
        }

        return IsDuration(text) || IsSeparator(text) || RelativeTime().IsMatch(text) || Prompt().IsMatch(text) || Credit().IsMatch(text)
            || text.StartsWith("Image caption,", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Media caption,", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A video or audio length such as <c>1:50</c> or <c>01:02:03</c>, alone or with its source ("02:15 - Source: CNN").</summary>
    public static bool IsDuration(string line) => line.Length <= 60 && Duration().IsMatch(line.Trim());

    /// <summary>A line of dashes, stars or similar marks that divides a page into parts.</summary>
    public static bool IsSeparator(string line)
    {
        var text = line.Trim();
        return text.Length is > 0 and <= 80 && text.All(c => c is '-' or '—' or '–' or '_' or '*' or '=' or '~' or '•' or '·' or '#' or ' ');
    }

    /// <summary>The heading of a list of links to other stories ("More from News 12", "Related stories").</summary>
    public static bool IsTailMarker(string line) => line.Length <= 60 && TailMarker().IsMatch(line.Trim());

    /// <summary>
    /// A line that is a date or time and nothing else, possibly after "Published", "Updated" or "Last modified on",
    /// with the time before the date ("3:45 PM EST, Mon March 4, 2024") or after it.
    /// </summary>
    public static bool IsDateLine(string line) =>
        line.Length <= 80 && DateLine().IsMatch(PublishedDate.Normalize(line)) && PublishedDate.Parse(line) is not null;

    /// <summary>A photo credit ("Getty Images", "Photograph: Jane Doe/Reuters", "Image source, AFP").</summary>
    public static bool IsCredit(string line) => line.Length <= MaxBoilerplateLength && Credit().IsMatch(line.Trim());

    [GeneratedRegex(@"^\(?\d{1,2}:\d{2}(:\d{2})?\)?(\s*[-–—|]\s*source:.{1,40})?$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex Duration();

    [GeneratedRegex(@"^((updated|published|posted|modified|last updated)\s*:?\s*)?(about\s+)?(\d+|an?|one)\s+(second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago\.?$|^(updated|published|posted)\s*:?\s*(just now|today|yesterday)$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"^(share( this( article| story| page)?)?( on \w+)?|share via|tweet|email|print|copy link|link copied|comments?|\d+\s+comments?|advertisement|ad|sponsored|skip (to|ad).*|listen( to this article)?|read more|see more|show more|load more|click here.*|subscribe( now)?|sign (up|in)|log ?in|follow us.*|save|bookmark|close|menu|search|home|back to top|top|next|previous|watch( now| live)?|play video|video|photos?|gallery|open in app|download the app.*|accept( all)? cookies?|cookie (settings|policy)|(video )?ad feedback|feedback|published|updated|posted|last updated|modified|we use cookies.*|all rights reserved\.?|©.*|copyright\s*(©|\(c\)|\d{4}).*|分享(到.*)?|シェア(する)?|共有|teilen|partager|compartir|condividi|compartilhar|delen|udostępnij|поделиться|paylaş|广告|廣告|広告|anzeige|publicité|publicidad)\s*[:：!]?$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex Prompt();

    [GeneratedRegex(@"^((photo|photograph|image|picture|video|credit|source|illustration|graphic)s?( by| credit| source)?\s*[:,]\s*.{0,80}|\(?(ap|afp|reuters|getty images|shutterstock|epa|pa media|pa|alamy|bloomberg)( photo| via getty images)?(/[^)]{0,60})?\)?)$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex Credit();

    [GeneratedRegex(@"^(more (from|on|in|stories|news|videos|articles|coverage|to read|like this)\b.*|related( (articles?|stories|story|coverage|content|posts?|topics|news|videos|links|reading))?:?|recommended( for you| stories| reading| articles)?:?|read (next|also)\b.*|also read\b.*|(you|we think you) (may|might) (also )?(like|enjoy)\b.*|trending( now| stories)?:?|most (popular|read|viewed|shared)\b.*|latest (news|stories|videos|headlines)\b.*|top (stories|news|videos)\b.*|popular (now|stories|today)\b.*|watch (more|next)\b.*|around the web|editor'?s picks|what to read next|further reading|up next|don'?t miss\b.*|in case you missed it|from around the web|sponsored (content|stories|links))$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex TailMarker();

    [GeneratedRegex(@"^((mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(day)?\.?,?\s+)?([a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})([,\s]+(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s+[a-z]{2,4})?)?$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex DateLine();

}
