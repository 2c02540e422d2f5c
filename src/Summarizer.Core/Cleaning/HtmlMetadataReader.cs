using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Summarizer.Core.Cleaning;

/// <summary>Reads a page's metadata; JSON-LD wins over OpenGraph, Dublin Core and other <c>&lt;meta&gt;</c> tags, which win over the page itself.</summary>
internal static partial class HtmlMetadataReader
{
    private const int MaxJsonLdLength = 1 << 20;

    public static HtmlMetadata Read(IDocument document)
    {
        var documentTitle = DocumentTitle.From(document);
        var scripts = JsonLdScripts(document);
        var jsonLd = ReadJsonLd(scripts, documentTitle);
        var meta = ReadMetaTags(document);

        var title = jsonLd?.Title ?? First(meta, "dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title") ?? documentTitle;
        var byline = jsonLd?.Byline ?? First(meta, "dc:creator", "dcterm:creator", "author", "parsely-author") ?? NonUrl(First(meta, "article:author"));
        var description = jsonLd?.Description ?? First(meta, "dc:description", "dcterm:description", "og:description", "weibo:article:description", "weibo:webpage:description", "description", "twitter:description");
        var site = jsonLd?.Site ?? First(meta, "og:site_name");
        var published = PublishedDate.Parse(jsonLd?.Published ?? First(meta, "article:published_time", "parsely-pub-date", "dc:date", "dcterm:date", "date"));
        var url = CanonicalUrl(document) ?? First(meta, "og:url") ?? jsonLd?.Url;
        return new HtmlMetadata(title, byline, description, site, published, url, DeclaredLanguage(document, meta), DeclaresDiscussion(document, scripts));
    }

    private static JsonLdMetadata? ReadJsonLd(IEnumerable<string> scripts, string? documentTitle)
    {
        foreach (var json in scripts)
        {
            if (JsonLdMetadata.Read(json, documentTitle) is { } metadata)
            {
                return metadata;
            }
        }

        return null;
    }

    private static List<string> JsonLdScripts(IDocument document)
    {
        var scripts = new List<string>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var json = script.TextContent;
            if (json.Length > MaxJsonLdLength)
            {
                continue;
            }

            // Some CMSs wrap JSON-LD in CDATA markers.
            scripts.Add(json.Trim().Replace("<![CDATA[", string.Empty, StringComparison.Ordinal).Replace("]]>", string.Empty, StringComparison.Ordinal));
        }

        return scripts;
    }

    // A forum thread, declared in JSON-LD or microdata: its posts are the content, whatever their class names say.
    // (A question page's comments are comments: its answers are not named for them.)
    private static bool DeclaresDiscussion(IDocument document, IEnumerable<string> scripts) =>
        scripts.Any(JsonLdMetadata.DeclaresDiscussion)
        || document.QuerySelectorAll("[itemtype]").Any(element => SchemaOrgTypes.OfItem(element).Contains(SchemaOrgTypes.DiscussionForumPosting));

    private static Dictionary<string, string> ReadMetaTags(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            content = TextNormalizer.CollapseWhitespace(content);
            if (meta.GetAttribute("property") is { } property)
            {
                foreach (Match match in PropertyName().Matches(property.Length > 300 ? property[..300] : property))
                {
                    values.TryAdd(match.Groups["prefix"].Value.ToLowerInvariant() + ":" + match.Groups["name"].Value.ToLowerInvariant(), content);
                }
            }

            if (meta.GetAttribute("name") is { Length: < 100 } name)
            {
                var normalized = name.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal).Replace('.', ':');
                byName.TryAdd(normalized, content);
            }

            if (meta.GetAttribute("http-equiv") is { } equiv && equiv.Equals("content-language", StringComparison.OrdinalIgnoreCase))
            {
                byName.TryAdd("content-language", content);
            }
        }

        // A value given as a property (RDFa, OpenGraph) is preferred to the same key given as a name.
        foreach (var (key, value) in byName)
        {
            values.TryAdd(key, value);
        }

        return values;
    }

    private static string? First(Dictionary<string, string> values, params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (values.TryGetValue(key, out var value) && value.Length > 0)
            {
                return System.Net.WebUtility.HtmlDecode(value);
            }
        }

        return null;
    }

    private static string? NonUrl(string? value) =>
        value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : value;

    private static string? CanonicalUrl(IDocument document)
    {
        var href = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        return string.IsNullOrWhiteSpace(href) ? null : href.Trim();
    }

    private static string? DeclaredLanguage(IDocument document, Dictionary<string, string> meta)
    {
        var declared = document.DocumentElement?.GetAttribute("lang")
            ?? document.DocumentElement?.GetAttribute("xml:lang")
            ?? First(meta, "content-language", "og:locale", "language", "dc:language");
        return LanguageCode.Normalize(declared);
    }

    [GeneratedRegex(@"\s*(?<prefix>article|dc|dcterm|og|twitter)\s*:\s*(?<name>author|creator|description|published_time|title|site_name|url|locale)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex PropertyName();
}
