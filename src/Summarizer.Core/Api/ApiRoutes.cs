namespace Summarizer.Core.Api;

/// <summary>
/// The HTTP API's routes, the one table both hosts map: the Functions app's HTTP triggers and <c>summarizer serve</c>
/// take their templates from these constants (constants, so that trigger attributes can use them).
/// </summary>
public static class ApiRoutes
{
    /// <summary>The prefix every route is under; the Functions host's <c>extensions.http.routePrefix</c> in host.json.</summary>
    public const string Prefix = "api";

    public const string Get = "get";

    public const string Post = "post";

    public const string Delete = "delete";

    public const string Articles = "articles";

    public const string Article = "articles/{id}";

    public const string Me = "me";

    public const string Summaries = "summaries";

    public const string Summary = "summaries/{id}";

    public const string RetrySummary = "summaries/{id}/retry";

    public const string CleanedArticle = "articles/{id}/cleaned";

    public const string Health = "health";

    public const string Stats = "stats";

    public const string BrowsePage = "ui";

    public const string BrowseScript = "ui/app.js";

    /// <summary>Every route with its method and access; only the health check and the browse page are anonymous.</summary>
    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        new(Post, Articles, ApiAccess.Caller),
        new(Get, Summaries, ApiAccess.Caller),
        new(Get, Summary, ApiAccess.Caller),
        new(Post, RetrySummary, ApiAccess.Caller),
        new(Get, CleanedArticle, ApiAccess.Caller),
        new(Delete, Article, ApiAccess.Caller),
        new(Get, Me, ApiAccess.Caller),
        new(Get, Health, ApiAccess.Anonymous),
        new(Get, Stats, ApiAccess.Caller),
        new(Get, BrowsePage, ApiAccess.Anonymous),
        new(Get, BrowseScript, ApiAccess.Anonymous),
    ];
}
