using System.Text.RegularExpressions;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Recognises picture captions set in the body by their shape: a caption that ends with its photo credit
/// ("… near the scene. Photo: Jane Doe/Getty Images", "… in 2000. (AP Photo/John Roe)", "… in Raqqa.Reuters"), or one
/// that starts with the label of its picture ("Image caption …", "Caption: …", "Featured image: …", "Enlarge / …", "Image 3: …"); also a credit alone in
/// parentheses ("(Jane Roe/AP)") and the label of a pull quote before its speaker ("End Quote Jane Roe, Acme").
/// </summary>
internal static partial class CaptionLines
{
    private const int MaxCaptionLength = 400;

    /// <summary>True for a caption of a picture, which is not the story's text.</summary>
    public static bool IsCaption(string line)
    {
        var text = line.Trim();
        return text.Length is > 0 and <= MaxCaptionLength && ((MayEndInCredit(text) && TrailingCredit().IsMatch(text)) || GluedAgency().IsMatch(text) || CaptionLabel().IsMatch(text) || AgencyCredit().IsMatch(text));
    }

    // Every credit the pattern below takes holds a slash or the word "photo"; the pattern backtracks over every split
    // of the words before it, so lines without either are spared it (under load, long ones ran past its time limit).
    private static bool MayEndInCredit(string text) => text.Contains('/', StringComparison.Ordinal) || text.Contains("photo", StringComparison.OrdinalIgnoreCase);

    // The credit closes the line after at least three words of caption; a sentence of the story does not end that way.
    [GeneratedRegex(@"^\S+(\s+\S+){2,}?\s*(\([^()]{0,30}\bphoto\s*/\s*[^()]{2,60}\)|\([^()]{2,60}/(ap|afp|getty images|reuters|epa)\)|[|/]?\s*\bphoto(graph)?s?( credit)?\s*[:/]\s*[^\s.!?][^!?]{1,80}|[|]?\s*\bphoto by \p{Lu}[^!?]{1,60}|/\s*courtesy of [^!?]{2,60})(?<![.!?])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex TrailingCredit();

    // A wire service's name glued to the caption's full stop, as a credit set in its own element reads in one piece.
    [GeneratedRegex(@"^\S+(\s+\S+){2,}?\p{Ll}\.(Reuters|AFP|AP|Getty Images|EPA)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex GluedAgency();

    // A credit alone in parentheses, the photographer and the agency: "(Jane Roe/AP)", "(John Roe/Getty Images for Acme)".
    [GeneratedRegex(@"^\([^()/]{2,60}/(AP|AFP|Getty Images|Reuters|EPA)\b[^()]{0,40}\)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex AgencyCredit();

    // The label of a picture before its caption, or of a pull quote before its speaker ("End Quote Jane Roe, Acme").
    [GeneratedRegex(@"^((start|end) quote\s+\S|(image|media) (caption|copyright)\s+\S|caption\s*:\s*\S|(featured|header|top|cover|lead|hero) (image|photo|picture|illustration)\s*:\s*\S|enlarge\s*/\s*\S|(image|photo|picture|figure|fig\.)\s*\d{1,3}\s*:\s*\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex CaptionLabel();
}
