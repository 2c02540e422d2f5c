using System.Text.RegularExpressions;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// Recognises by their shape the lines that web pages put around a story: share prompts, relative times,
/// video durations, timestamps, separators and the headings of "more from" link lists.
/// </summary>
internal static partial class BoilerplateLines
{
    private const int MaxBoilerplateLength = 120;
    private const int MaxFooterLineLength = 400;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>True for a line that is never part of an article, whatever surrounds it.</summary>
    public static bool IsBoilerplate(string line) => IsBoilerplate(line, LineRuleSet.All);

    /// <summary>True for a line that one of the applied <paramref name="rules"/> takes for boilerplate.</summary>
    public static bool IsBoilerplate(string line, LineRuleSet rules)
    {
        var text = line.Trim();
        if (text.Length is > MaxBoilerplateLength and <= MaxFooterLineLength && IsFooter(text, rules))
        {
            return true;
        }

        if (text.Length > MaxFooterLineLength && rules.Test(LineRules.TermLists, text, IsTermList))
        {
            return true;
        }

        if (text.Length == 0 || text.Length > MaxBoilerplateLength)
        {
            return false;
        }

        return rules.Test(LineRules.Durations, text, IsDuration)
            || rules.Test(LineRules.Separators, text, IsSeparator)
            || rules.Test(LineRules.RelativeTimes, text, static t => RelativeTime().IsMatch(t))
            || rules.Test(LineRules.Prompts, text, static t => Prompt().IsMatch(Unbracketed(t)))
            || rules.Test(LineRules.ButtonRows, text, IsButtonRow)
            || rules.Test(LineRules.PageNumbers, text, static t => PageNumbers().IsMatch(t))
            || rules.Test(LineRules.Credits, text, static t => Credit().IsMatch(t))
            || rules.Test(LineRules.CaptionLabels, text, static t => t.StartsWith("Image caption,", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Media caption,", StringComparison.OrdinalIgnoreCase))
            || rules.Test(LineRules.GalleryLabels, text, static t => GalleryLabel().IsMatch(t))
            || rules.Test(LineRules.ContactLines, text, IsContactLine)
            || IsFooter(text, rules);
    }

    private static bool IsFooter(string text, LineRuleSet rules) =>
        rules.Test(LineRules.CopyrightLines, text, static t => FooterLine().IsMatch(t))
        || rules.Test(LineRules.TaxonomyLines, text, static t => Taxonomy().IsMatch(t))
        || rules.Test(LineRules.LegalNotices, text, IsLegalNotice);

    /// <summary>
    /// A line of a site's legal footer: a trademark notice ("… is a registered trademark of …", "… are the property
    /// of their respective owners"), a disclaimer ("Opinions expressed by contributors are their own", "This material
    /// may not be published, broadcast, rewritten or redistributed", "… is not responsible for the content of external
    /// sites"), a line naming two of its legal pages (terms, privacy, cookie or copyright notice), or a note on the
    /// browser the page is best viewed in.
    /// </summary>
    public static bool IsLegalNotice(string line)
    {
        var text = line.Trim();
        return text.Length <= MaxFooterLineLength
            && (TrademarkNotice().IsMatch(text) || BrowserNotice().IsMatch(text) || Disclaimer().IsMatch(text) || LegalPage().Count(text) >= 2);
    }

    /// <summary>
    /// A line of a post's meta data rather than its text: "This entry was posted on … and is filed under …", a line
    /// of date, categories and comment count set apart by bullets or bars ("Mar 21 • Film, Reviews • No Comments on
    /// …", "Monday, August 11th, 2025 | Categories: News |"), or the links to the previous and next posts in guillemets ("« Older post   Newer post »").
    /// </summary>
    public static bool IsPostMeta(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > 600)
        {
            return false;
        }

        return PostedEntry().IsMatch(text)
            || (text.Length <= 300 && PreviousAndNext().IsMatch(text))
            || (text.Length <= 300 && IsMetaRow(text.Split(['•', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), text));
    }

    // "Mar 21 • Film • No Comments on …", "Monday, August 11th, 2025 at 11:00 am | Categories: Helena, Thermostats |".
    private static bool IsMetaRow(string[] parts, string text) =>
        (text.IndexOfAny(['•', '|']) >= 0 && parts.Any(part => CommentCount().IsMatch(part)))
        || (parts.Any(part => Taxonomy().IsMatch(part)) && parts.All(part => Taxonomy().IsMatch(part) || BodyMetadataLines.IsDateLine(part) || CommentCount().IsMatch(part)));

    /// <summary>
    /// A line still holding a template's placeholders ("This story appears in the {{article.issue.date}} issue"), or a
    /// blog's shortcode left unexpanded ("[signup form=1630175]"): the site never filled it in, so it says nothing.
    /// </summary>
    public static bool HasTemplatePlaceholder(string line) => line.Length <= 300 && (TemplatePlaceholder().IsMatch(line) || Shortcode().IsMatch(line.Trim()));

    // "Email to a Friend | View Popular", "Share | Print": a row of buttons set apart by bars.
    private static bool IsButtonRow(string text)
    {
        var parts = text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length >= 2 && parts.All(part => Prompt().IsMatch(part) || ViewButton().IsMatch(part));
    }

    // Buttons set in brackets or parentheses, "(Back to top)", "[ | E-mail Article ]", are still buttons.
    private static string Unbracketed(string text) => text.Trim('[', ']', '(', ')', '|', ' ');

    // A long "Categories: …" or "Tags: …" line is a list of short terms, not a sentence of the story.
    private static bool IsTermList(string text)
    {
        if (!Taxonomy().IsMatch(text))
        {
            return false;
        }

        var terms = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return terms.Length >= 5 && terms.Average(TextNormalizer.CountWordsAcrossScripts) <= 4;
    }

    /// <summary>
    /// A line of a site's footer or contact box: a phone or fax number, an e-mail address, or a postal address
    /// ("8 Main St, Suite 20, Newark, CA 94560"), alone or with its label.
    /// </summary>
    public static bool IsContactLine(string line)
    {
        var text = line.Trim();
        return text.Length <= MaxBoilerplateLength && (PhoneOrFax().IsMatch(text) || PostalAddress().IsMatch(text) || EmailLine().IsMatch(text));
    }

    /// <summary>
    /// Removes a photo credit glued to the end of a caption without a space ("…sought treatmentCredit: EPA"), as
    /// pages that set the credit in its own element give it when their text is read in one piece.
    /// </summary>
    public static string WithoutGluedCredit(string text) => text.Length > 2000 ? text : GluedCredit().Replace(text, string.Empty);

    /// <summary>A video or audio length such as <c>1:50</c> or <c>01:02:03</c>, alone or with its source ("02:15 - Source: CNN").</summary>
    public static bool IsDuration(string line) => line.Length <= 60 && Duration().IsMatch(line.Trim());

    /// <summary>A line of dashes, stars or similar marks that divides a page into parts.</summary>
    public static bool IsSeparator(string line)
    {
        var text = line.Trim();
        return text.Length is > 0 and <= 80 && text.All(c => c is '-' or '—' or '–' or '_' or '*' or '=' or '~' or '•' or '·' or '#' or ' ');
    }

    /// <summary>A teaser's summary that ends with the link to the story it sums up ("… Full Story", "… Read more...").</summary>
    public static bool EndsWithMoreLink(string line) => line.Length <= 600 && MoreLinkEnding().IsMatch(line.TrimEnd());

    /// <summary>The heading of the author's box under a story ("About the author").</summary>
    public static bool IsAuthorBoxHeading(string line) => line.Length <= 60 && AuthorBox().IsMatch(line.Trim());

    /// <summary>The heading of the author's box written with the author's name ("About Jane Doe").</summary>
    public static bool IsNamedAuthorBoxHeading(string line) => line.Length <= 60 && NamedAuthorBox().IsMatch(line.Trim());

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

    // "Image 1 of 8", "Photo 3/12", "1 of 8", "Caption", "Hide caption", "Enlarge this image": the labels of a gallery.
    [GeneratedRegex(@"^((image|photo|picture|slide|graphic|video)s?\s+)?\d{1,3}\s*(of|/)\s*\d{1,3}(\s*[:.|-].{0,60})?$|^((show|hide|toggle|expand|close|view)\s+)?captions?$|^(enlarge|expand|view) (this |the )?(image|photo|picture|gallery)$|^(open|view|launch|see) (the )?(photo )?gallery\b.{0,40}$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex GalleryLabel();

    // "CONTINUED 1 | 2 Next", "1 | 2 | 3 »": the links to the story's other pages.
    [GeneratedRegex(@"^((continued|pages?)\s*:?\s+)?\d{1,2}(\s*\|\s*\d{1,2})+\s*(next|›|»|>)?$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex PageNumbers();

    [GeneratedRegex(@"^(view|see|show) (popular|all|more|comments|gallery|photos)$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex ViewButton();

    [GeneratedRegex(@"^\[\w+( [\w-]+=\S+)+\]$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"^this entry was (posted|filed)\b", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex PostedEntry();

    [GeneratedRegex(@"^«.+»$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex PreviousAndNext();

    [GeneratedRegex(@"^(no|\d+|one) (comments?|responses?|replies)( on\b.*)?$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex CommentCount();

    [GeneratedRegex(@"\{\{\s*[\w$]+(\.[\w$]+)+\s*\}\}", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex TemplatePlaceholder();

    [GeneratedRegex(@"^((tel|telephone|phone|ph|call( us)?|fax|mobile|cell|t|f|p)\s*\.?\s*[:.]?\s*)?\+?\(?\d[\d\s().-]{6,18}\d(\s*(ext\.?|x)\s*\d{1,5})?(\s*[|,/·•]?\s*((tel|telephone|phone|fax|f|t)\s*\.?\s*[:.]?\s*)?\+?\(?\d[\d\s().-]{6,18}\d)*$|^(tel|telephone|phone|fax)\s*[:.].{0,80}$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex PhoneOrFax();

    [GeneratedRegex(@"^((address|head office|office|visit us)\s*:\s*)?(\d{1,6}[a-z]?\s+[\w.'’ -]{2,40}\b(st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|pl|place|ct|court|pkwy|parkway|hwy|highway|sq|square)\b\.?|p\.?\s?o\.? box \d+)(,?\s+[\w.'’ #-]{2,40}){0,4},?\s+([A-Z]{2}\s+\d{5}(-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|\d{4,5})(,?\s+(usa|united states|uk|united kingdom|canada|australia))?\.?$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex PostalAddress();

    [GeneratedRegex(@"^((e-?mail|contact)( us)?\s*:?\s*)?[\w.+-]{1,64}@[\w-]{1,63}(\.[\w-]{1,63}){1,4}$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex EmailLine();

    [GeneratedRegex(@"(?<=[\p{Ll}.!?”""')])(Photo(graph)?|Image|Picture|Credit)s?( [Cc]redit)?:\s?[^\s.!?][^.!?\n]{0,60}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex GluedCredit();

    // "BBC © 2013 The BBC is not responsible...", "Copyright (c) 2008 Midland Newspapers": a site's copyright line.
    [GeneratedRegex(@"(©|\(c\)|&copy;)\s*(\d{4}|copyright)|\bcopyright\s*(©|\(c\))?\s*\d{4}\b|\ball rights reserved\b", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex FooterLine();

    // "Categories: Politics, Media", "Tags: ...", "Filed under: ...": the story's place in the site, not its text.
    [GeneratedRegex(@"^(categories|category|tags|tagged( with)?|filed under|posted in|topics)\s*:\s*\S", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex Taxonomy();

    [GeneratedRegex(@"^about (the )?(author|writer|contributor)s?:?$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex AuthorBox();

    [GeneratedRegex(@"[\p{L}\d.!?,;:”""’')]\s*(full story|read more|continue reading)\s*(\.\.\.|…|»|>>|→)?$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex MoreLinkEnding();

    [GeneratedRegex(@"\b(is|are) (a |the )?(registered )?trade ?marks? of\b|\bproperty of their respective (owners|holders|proprietors|companies)\b", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex TrademarkNotice();

    [GeneratedRegex(@"^(the )?(opinions|views) expressed (by|in|on|here)\b.{0,100}\b(are|is) (their|the author'?s?|his|her|its|solely)\b.{0,40}$|\bmay not be (published|reproduced|broadcast|rewritten|redistributed|republished)\b.{0,60}\b(broadcast|rewritten|redistributed|manipulated|republished|in any form)\b|\bnot responsible for the content of (external|third[- ]party|other) (internet )?(sites|websites|web sites|links)\b", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex Disclaimer();

    [GeneratedRegex(@"^this (page|site|website) is best viewed (in|with|using)\b", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex BrowserNotice();

    [GeneratedRegex(@"\bterms (and|&) conditions\b|\bterms of (use|service)\b|\bprivacy (policy|statement|notice)\b|\bcookie (policy|notice)\b|\b(copyright|trade ?mark) (notice|policy)\b", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex LegalPage();

    // "About" and a name of two or three capitalised words; "About us" is not a name.
    [GeneratedRegex(@"^About \p{Lu}[\p{L}'’.-]+( \p{Lu}[\p{L}'’.-]+){1,2}:?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex NamedAuthorBox();

    [GeneratedRegex(@"^\(?\d{1,2}:\d{2}(:\d{2})?\)?(\s*[-–—|]\s*source:.{1,40})?$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex Duration();

    [GeneratedRegex(@"^((updated|published|posted|modified|last updated)\s*:?\s*)?(about\s+)?(\d+|an?|one)\s+(second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago\.?$|^(updated|published|posted)\s*:?\s*(just now|today|yesterday)$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"^(share( this( article| story| page)?)?( on \w+)?|share via|tweet|email|print|copy link|link copied|comments?|\d+\s+comments?|advertisement|ad|sponsored|skip (to|ad).*|listen( to this article)?|read more|continue reading( the (main|full) story| below)?|rss( feeds?)?|print(able)? version|reprints?|comment on (facebook|twitter)|scroll down to read more|story continues (below|after (the )?(ad|advertisement))|report (a )?(typo|error|typo/error|an error)|e-?mail (this |it )?to a friend|already have an account\? ?(log|sign) ?in|check price( on \w+)?|e-?mail (this )?(article|story|page)|print (this )?(article|story|page)|see more|show more|load more|click here.*|subscribe( now)?|sign (up|in)|log ?in|follow us.*|save|bookmark|close|menu|search|home|back to top|top|next|previous|watch( now| live)?|play video|video|photos?|gallery|open in app|download the app.*|accept( all)? cookies?|cookie (settings|policy)|(video )?ad feedback|feedback|published|updated|posted|last updated|modified|we use cookies.*|all rights reserved\.?|©.*|copyright\s*(©|\(c\)|\d{4}).*|分享(到.*)?|シェア(する)?|共有|teilen|partager|compartir|condividi|compartilhar|delen|udostępnij|поделиться|paylaş|广告|廣告|広告|anzeige|publicité|publicidad)\s*[:：!]?$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex Prompt();

    [GeneratedRegex(@"^((photo|photograph|image|picture|video|credit|source|illustration|graphic)s?( by| credit| source)?\s*[:,]\s*.{0,80}|\(?(ap|afp|reuters|getty images|shutterstock|epa|pa media|pa|alamy|bloomberg)( photo| via getty images)?(/[^)]{0,60})?\)?)$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex Credit();

    [GeneratedRegex(@"^(more (from|on|in|stories|news|videos|articles|coverage|to read|like this)\b.*|related( (articles?|stories|story|coverage|content|posts?|topics|news|videos|links|reading))?:?|recommended( for you| stories| reading| articles)?:?|read (next|also)\b.*|also read\b.*|(you|we think you) (may|might) (also )?(like|enjoy|be interested in)\b.*|related( [\w.]+)? (links|sites|stories|articles):?|trending( now| stories)?:?|most (popular|read|viewed|shared)\b.*|latest (news|stories|videos|headlines)\b.*|top (stories|news|videos)\b.*|popular (now|stories|today)\b.*|watch (more|next)\b.*|around the web|editor'?s picks|what to read next|further reading|up next|don'?t miss\b.*|in case you missed it|from around the web|sponsored (content|stories|links))$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex TailMarker();

    [GeneratedRegex(@"^((mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(day)?\.?,?\s+)?([a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})([,\s]+(at\s+)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s+[a-z]{2,4})?)?$", Options, matchTimeoutMilliseconds: 500)]
    private static partial Regex DateLine();

}
