using System.Text.RegularExpressions;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Takes the byline and date lines that pages leave in the body ("By Jane Doe", "Updated 5:27 am EST",
/// "5 April 2013 Last updated at 11:05 GMT") out of the text: the first of each becomes the byline or the
/// publication date when the page's metadata has none, and the lines are dropped wherever they are.
/// </summary>
internal static partial class BodyMetadataLines
{
    // A byline sits near the top of the story; further down, "By train" may be a list item of the story.
    private const int BylineSearchBlocks = 8;
    private const int MaxDateLineLength = 100;

    public static (List<ArticleBlock> Blocks, string? Byline, DateTimeOffset? Published) Take(List<ArticleBlock> blocks)
    {
        var kept = new List<ArticleBlock>(blocks.Count);
        string? byline = null;
        DateTimeOffset? published = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.Preformatted)
            {
                kept.Add(block);
                continue;
            }

            var parts = SplitParts(block.Text);
            // A name with a date on its line ("By Jane Doe | 02:30 PM ET, 08/15/2012") is a byline wherever it stands.
            var bylineAllowed = (i < BylineSearchBlocks && !kept.Any(b => TextNormalizer.CountWords(b.Text) >= 25)) || (parts.Count > 1 && parts.Any(IsDateLine));
            if (parts.Count == 0 || !parts.All(p => IsDateLine(p) || (bylineAllowed && BylineName(p) is not null)))
            {
                kept.Add(block);
                continue;
            }

            foreach (var part in parts)
            {
                if (IsDateLine(part))
                {
                    published ??= ParseDate(part);
                }
                else
                {
                    byline ??= BylineName(part);
                }
            }
        }

        return (kept, byline, published);
    }

    /// <summary>
    /// A line made only of a date, a time, date labels ("Published", "Last updated at") and zone names, with at
    /// least a month name or a clock time in it.
    /// </summary>
    public static bool IsDateLine(string text)
    {
        var line = text.Trim();
        if (line.Length is 0 or > MaxDateLineLength || !line.Any(char.IsAsciiDigit))
        {
            return false;
        }

        if (BoilerplateLines.IsDateLine(line))
        {
            return true;
        }

        var tokens = DateToken().Matches(line);
        var hasAnchor = tokens.Any(t => t.Groups["month"].Success || t.Groups["time"].Success);
        return hasAnchor && DateToken().Replace(line, string.Empty).All(c => char.IsWhiteSpace(c) || c is ',' or '|' or '-' or '–' or '—' or '•' or '·' or '/' or '(' or ')' or ':' or '.');
    }

    private static DateTimeOffset? ParseDate(string text)
    {
        if (PublishedDate.Parse(text) is { } parsed)
        {
            return parsed;
        }

        // "5 April 2013 Last updated at 11:05 GMT": the date alone still parses.
        var date = DatePart().Match(text);
        return date.Success ? PublishedDate.Parse(date.Value) : null;
    }

    private static string? BylineName(string text)
    {
        var match = BylinePrefix().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim().TrimEnd(',', ';');
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 10 && char.IsUpper(name[0]) && !name.EndsWith('.') ? name : null;
    }

    // "By Jane Doe | Updated 5:27 am": one line holding both, split at the separators pages use between them.
    private static List<string> SplitParts(string text) =>
        text.Length > 200 ? [] : PartSeparator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

    // Not a capturing group: Regex.Split would return the separators among the parts.
    [GeneratedRegex(@"\s*(?:\||•|·|\n)\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex PartSeparator();

    [GeneratedRegex(@"^(by|written by|words by|posted by|von|par|por)\s+(?<name>\p{Lu}[^\d|]{1,80})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex BylinePrefix();

    [GeneratedRegex(@"(?<time>\d{1,2}[:.]\d{2}(:\d{2})?\s*([ap]\.?m\.?)?)|(?<month>\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?)|\d{1,4}(st|nd|rd|th)?\b|\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday)?\b\.?|\b([ap]\.?m\.?|(?-i:[A-Z]{2,4})|utc|gmt|et|pt|ct|published|updated|posted|modified|last|first|on|at|originally|date)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex DateToken();

    [GeneratedRegex(@"(\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex DatePart();
}
