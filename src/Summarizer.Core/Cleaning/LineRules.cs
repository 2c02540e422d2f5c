using System.ComponentModel;

namespace Summarizer.Core.Cleaning;

/// <summary>
/// The line rules of the HTML path that drop or cut text after the main content is chosen, one flag each, so that
/// each can be switched off to measure what it does (see <see cref="LineRuleSet"/>).
/// </summary>
[Flags]
internal enum LineRules : long
{
    None = 0,

    [Description("A site's copyright line (\"© 2024 …\", \"All rights reserved\").")]
    CopyrightLines = 1L << 0,

    [Description("\"Categories: …\", \"Tags: …\", \"Filed under: …\".")]
    TaxonomyLines = 1L << 1,

    [Description("Trademark notices, disclaimers, lines naming two legal pages, browser notes.")]
    LegalNotices = 1L << 2,

    [Description("A long \"Tags:\" line of short terms.")]
    TermLists = 1L << 3,

    [Description("A video or audio length (\"1:50\").")]
    Durations = 1L << 4,

    [Description("A line of dashes or stars.")]
    Separators = 1L << 5,

    [Description("\"Updated 3 hours ago\".")]
    RelativeTimes = 1L << 6,

    [Description("Share, print, subscribe and similar buttons and prompts.")]
    Prompts = 1L << 7,

    [Description("A row of buttons set apart by bars (\"Share | Print\").")]
    ButtonRows = 1L << 8,

    [Description("The links to a story's other pages (\"1 | 2 | 3 »\").")]
    PageNumbers = 1L << 9,

    [Description("A photo credit alone on its line (\"Getty Images\", \"Photo: …\").")]
    Credits = 1L << 10,

    [Description("\"Image caption,\" and \"Media caption,\" labels.")]
    CaptionLabels = 1L << 11,

    [Description("A gallery's labels (\"Image 1 of 8\", \"Hide caption\").")]
    GalleryLabels = 1L << 12,

    [Description("A phone number, e-mail address or postal address alone on its line.")]
    ContactLines = 1L << 13,

    [Description("A photo credit glued to the end of a caption (\"…treatmentCredit: EPA\").")]
    GluedCredits = 1L << 14,

    [Description("A picture caption recognised by its credit or its label.")]
    Captions = 1L << 15,

    [Description("A social post ending with its short link, a lone \"@handle\".")]
    SocialPostLines = 1L << 16,

    [Description("A post's meta data line (\"This entry was posted on …\", \"Mar 21 • Film • No Comments\").")]
    PostMeta = 1L << 17,

    [Description("A line with a template's placeholder or a blog's shortcode left unexpanded.")]
    TemplatePlaceholders = 1L << 18,

    [Description("An embedded post: its quote and the attribution under it.")]
    EmbeddedPosts = 1L << 19,

    [Description("A heading opening the text that repeats the title.")]
    RepeatedTitle = 1L << 20,

    [Description("A short line repeated back to back.")]
    RepeatedLines = 1L << 21,

    [Description("A run of three or more blocks repeating an earlier run in order.")]
    RepeatedRuns = 1L << 22,

    [Description("Byline and date lines left in the body.")]
    BodyMetadata = 1L << 23,

    [Description("The end of the text at a \"More from …\" heading with no prose after it.")]
    TailMarker = 1L << 24,

    [Description("The end of the text at the author's box (\"About the author\").")]
    AuthorBox = 1L << 25,

    [Description("Teasers of other stories after the last paragraph.")]
    TrailingTeasers = 1L << 26,

    [Description("Runs of teasers between paragraphs.")]
    TeaserRuns = 1L << 27,
}
