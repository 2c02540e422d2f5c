using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Core.Cleaning;

/// <summary>Parses the publication dates that pages and pasted text carry, in ISO 8601 and common English forms.</summary>
internal static partial class PublishedDate
{
    private static readonly string[] TextFormats =
    [
        "MMM d, yyyy, h:mm tt", "MMM d, yyyy h:mm tt", "MMMM d, yyyy, h:mm tt", "MMMM d, yyyy h:mm tt",
        "MMM. d, yyyy, h:mm tt", "MMM. d, yyyy h:mm tt", "MMM d, yyyy", "MMMM d, yyyy", "MMM. d, yyyy",
        "d MMM yyyy", "d MMMM yyyy", "d MMM yyyy HH:mm", "d MMMM yyyy HH:mm", "dddd, MMMM d, yyyy", "dddd, MMM d, yyyy",
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd", "MM/dd/yyyy", "M/d/yyyy h:mm tt",
        "ddd d MMM yyyy HH.mm", "ddd d MMM yyyy HH:mm", "ddd d MMM yyyy", "d MMM yyyy HH.mm", "dddd d MMMM yyyy HH.mm", "dddd d MMMM yyyy",
        "ddd MMMM d, yyyy h:mm tt", "ddd MMM d, yyyy h:mm tt", "dddd MMMM d, yyyy h:mm tt", "dddd, MMMM d, yyyy h:mm tt",
    ];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 80)
        {
            return null;
        }

        var text = Normalize(value)
            .Replace(" a.m.", " AM", StringComparison.OrdinalIgnoreCase)
            .Replace(" p.m.", " PM", StringComparison.OrdinalIgnoreCase)
            .Replace(" at ", " ", StringComparison.OrdinalIgnoreCase);
        text = StripTimeZoneName(text);
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParseExact(text, TextFormats, CultureInfo.InvariantCulture, styles, out var exact))
        {
            return exact;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var parsed) ? parsed : null;
    }

    /// <summary>
    /// The date as text with a leading label ("Published", "Last modified on") removed and a time written first put
    /// last: "Updated 3:45 PM EST, Mon March 4, 2024" gives "Mon March 4, 2024 3:45 PM" (the zone is not kept).
    /// </summary>
    public static string Normalize(string value)
    {
        var text = LeadingLabel().Replace(TextNormalizer.CollapseWhitespace(value), string.Empty);
        return TimeFirst().Match(text) is { Success: true } timeFirst
            ? timeFirst.Groups["date"].Value + " " + timeFirst.Groups["time"].Value
            : text;
    }

    [GeneratedRegex(@"^(published|updated|posted|modified|last (updated|modified))( on)?\s*:?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex LeadingLabel();

    [GeneratedRegex(@"^(?<time>\d{1,2}:\d{2}(\s*[AP]M)?)(\s+[A-Z]{2,4}([+-]\d{1,2})?)?,?\s+(?<date>\D.*\d{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex TimeFirst();

    // Zone abbreviations (EST, GMT...) are ambiguous and unsupported by the parser; the local time is kept as UTC.
    private static string StripTimeZoneName(string text)
    {
        var lastSpace = text.LastIndexOf(' ');
        if (lastSpace < 0)
        {
            return text;
        }

        var last = text[(lastSpace + 1)..];
        return last.Length is >= 2 and <= 4 && last.All(char.IsAsciiLetterUpper) && last is not ("AM" or "PM") ? text[..lastSpace] : text;
    }
}
