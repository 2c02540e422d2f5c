using Summarizer.Core.Api;

namespace Summarizer.Cli.Hosting;

/// <summary>Maps the HTTP API's routes (<see cref="ApiRoutes"/>) to <see cref="ArticleApi"/>, as the Functions app's HTTP triggers do.</summary>
internal static class ApiEndpoints
{
    public static void MapSummarizerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/" + ApiRoutes.Prefix);
        api.MapPost(ApiRoutes.Articles, async (HttpRequest request, string? name, ArticleApi a, CancellationToken ct) =>
            new ApiResponseResult(await a.UploadAsync(name, request.ContentType, request.Body, request.Query["summarySentences"], request.Query["keyPoints"], ct)));
        api.MapGet(ApiRoutes.Summaries, async (string? top, string? continuationToken, string? status, ArticleApi a, CancellationToken ct) =>
            new ApiResponseResult(await a.ListSummariesAsync(top, continuationToken, status, ct)));
        api.MapGet(ApiRoutes.Summary, async (string id, ArticleApi a, CancellationToken ct) =>
            new ApiResponseResult(await a.GetSummaryAsync(id, ct)));
        api.MapPost(ApiRoutes.RetrySummary, async (string id, ArticleApi a, CancellationToken ct) =>
            new ApiResponseResult(await a.RetryAsync(id, ct)));
        api.MapGet(ApiRoutes.CleanedArticle, async (string id, ArticleApi a, CancellationToken ct) =>
            new ApiResponseResult(await a.GetCleanedAsync(id, ct)));
        api.MapGet(ApiRoutes.Health, async (ArticleApi a, CancellationToken ct) =>
            new ApiResponseResult(await a.HealthAsync(ct)));
        api.MapGet(ApiRoutes.Stats, async (ArticleApi a, CancellationToken ct) =>
            new ApiResponseResult(await a.GetStatsAsync(ct)));
        api.MapGet(ApiRoutes.BrowsePage, () => new ApiResponseResult(ArticleApi.BrowsePage()));
        api.MapGet(ApiRoutes.BrowseScript, () => new ApiResponseResult(ArticleApi.BrowseScript()));
        app.MapGet("/", () => Results.Redirect($"/{ApiRoutes.Prefix}/{ApiRoutes.BrowsePage}"));
    }
}
