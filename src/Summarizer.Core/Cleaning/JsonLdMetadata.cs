using System.Text.Json;

namespace Summarizer.Core.Cleaning;

/// <summary>Article metadata from a page's schema.org JSON-LD (<c>NewsArticle</c>, <c>BlogPosting</c>...).</summary>
internal sealed record JsonLdMetadata(string? Title, string? Byline, string? Description, string? Site, string? Published, string? Url)
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.Ordinal)
    {
        "Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle", "BackgroundNewsArticle",
        "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Report", "SatiricalArticle", "ScholarlyArticle",
        "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting", "LiveBlogPosting", "DiscussionForumPosting", "TechArticle",
        "APIReference",
    };

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>Reads the first article object in <paramref name="json"/>; null when there is none or the JSON is invalid.</summary>
    public static JsonLdMetadata? Read(string json, string? documentTitle)
    {
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            var article = FindArticle(document.RootElement);
            return article is { } found ? FromArticle(found, documentTitle) : null;
        }
        catch (JsonException)
        {
            // Pages ship broken JSON-LD often enough; the other metadata sources still apply.
            return null;
        }
    }

    /// <summary>Whether <paramref name="json"/> holds a forum thread (<c>DiscussionForumPosting</c>) at any depth.</summary>
    public static bool DeclaresDiscussion(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            var pending = new Stack<JsonElement>();
            pending.Push(document.RootElement);
            while (pending.Count > 0)
            {
                var element = pending.Pop();
                if (element.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in element.EnumerateArray())
                    {
                        pending.Push(item);
                    }
                }
                else if (element.ValueKind == JsonValueKind.Object)
                {
                    if (element.TryGetProperty("@type", out var type) && Types(type).Any(t => SchemaOrgTypes.Name(t) == SchemaOrgTypes.DiscussionForumPosting))
                    {
                        return true;
                    }

                    foreach (var property in element.EnumerateObject())
                    {
                        pending.Push(property.Value);
                    }
                }
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static IEnumerable<string> Types(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => [type.GetString()!],
        JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!),
        _ => [],
    };

    private static JsonElement? FindArticle(JsonElement root)
    {
        var pending = new Stack<JsonElement>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray().Reverse())
                {
                    pending.Push(item);
                }

                continue;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (IsSchemaOrg(element) && IsArticleType(element))
            {
                return element;
            }

            if (element.TryGetProperty("@graph", out var graph))
            {
                pending.Push(graph);
            }
        }

        return null;
    }

    private static bool IsSchemaOrg(JsonElement element)
    {
        if (!element.TryGetProperty("@context", out var context))
        {
            return true;
        }

        var value = context.ValueKind switch
        {
            JsonValueKind.String => context.GetString(),
            JsonValueKind.Object when context.TryGetProperty("@vocab", out var vocab) => vocab.GetString(),
            _ => "schema.org",
        };
        return value?.Contains("schema.org", StringComparison.OrdinalIgnoreCase) ?? false;
    }

    private static bool IsArticleType(JsonElement element) =>
        element.TryGetProperty("@type", out var type) && Types(type).Any(ArticleTypes.Contains);

    private static JsonLdMetadata FromArticle(JsonElement article, string? documentTitle)
    {
        return new JsonLdMetadata(
            ChooseTitle(String(article, "name"), String(article, "headline"), documentTitle),
            Authors(article),
            String(article, "description"),
            article.TryGetProperty("publisher", out var publisher) ? String(publisher, "name") : null,
            String(article, "datePublished"),
            String(article, "url") ?? MainEntityUrl(article));
    }

    // Some sites put the site name in "name" and the headline in "headline"; the one closer to <title> wins.
    private static string? ChooseTitle(string? name, string? headline, string? documentTitle)
    {
        if (name is null || headline is null || name == headline || documentTitle is null)
        {
            return name ?? headline;
        }

        var nameMatches = TextSimilarity.Of(name, documentTitle) > 0.75;
        var headlineMatches = TextSimilarity.Of(headline, documentTitle) > 0.75;
        return headlineMatches && !nameMatches ? headline : name;
    }

    private static string? Authors(JsonElement article)
    {
        if (!article.TryGetProperty("author", out var author))
        {
            return null;
        }

        var names = author.ValueKind switch
        {
            JsonValueKind.Object => [String(author, "name")],
            JsonValueKind.Array => author.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.Object ? String(a, "name") : a.ValueKind == JsonValueKind.String ? a.GetString() : null).ToList(),
            JsonValueKind.String => [author.GetString()],
            _ => new List<string?>(),
        };
        var joined = string.Join(", ", names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()));
        return joined.Length > 0 ? joined : null;
    }

    private static string? MainEntityUrl(JsonElement article)
    {
        if (!article.TryGetProperty("mainEntityOfPage", out var entity))
        {
            return null;
        }

        return entity.ValueKind == JsonValueKind.String ? entity.GetString() : String(entity, "@id");
    }

    private static string? String(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : TextNormalizer.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(text));
    }
}
