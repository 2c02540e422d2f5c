namespace Summarizer.Core.Cleaning;

/// <summary>What a page says about itself in JSON-LD, <c>&lt;meta&gt;</c> tags, <c>&lt;title&gt;</c> and its root element; <see cref="IsDiscussion"/> when it declares itself a forum thread.</summary>
internal sealed record HtmlMetadata(
    string? Title,
    string? Byline,
    string? Description,
    string? Site,
    DateTimeOffset? Published,
    string? Url,
    string? Language,
    bool IsDiscussion);
