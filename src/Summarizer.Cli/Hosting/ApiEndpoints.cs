using Summarizer.Core.Api;

namespace Summarizer.Cli.Hosting;

/// <summary>Maps the HTTP API's routes to <see cref="ArticleApi"/>, as the Functions app's HTTP triggers do.</summary>
internal static class ApiEndpoints
{
    public static void MapSummarizerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/articles", async (HttpRequest request, string? name, ArticleApi a, CancellationToken ct) =>
            new ApiResponseResult(await a.UploadAsync(name, request.ContentType, request.Body, request.Query["summarySentences"], request.Query["keyPoints"], ct)));
        api.MapGet("/summaries", async (string? top, string? continuationToken, string? status, ArticleApi a, CancellationToken ct) =>
            new ApiResponseResult(await a.ListSummariesAsync(top, continuationToken, status, ct)));
        api.MapGet("/summaries/{id}", async (string id, ArticleApi a, CancellationToken ct) =>
            new ApiResponseResult(await a.GetSummaryAsync(id, ct)));
        api.MapPost("/summaries/{id}/retry", async (string id, ArticleApi a, CancellationToken ct) =>
            new ApiResponseResult(await a.RetryAsync(id, ct)));
        api.MapGet("/articles/{id}/cleaned", async (string id, ArticleApi a, CancellationToken ct) =>
            new ApiResponseResult(await a.GetCleanedAsync(id, ct)));
        api.MapGet("/health", async (ArticleApi a, CancellationToken ct) =>
            new ApiResponseResult(await a.HealthAsync(ct)));
        api.MapGet("/stats", async (ArticleApi a, CancellationToken ct) =>
            new ApiResponseResult(await a.GetStatsAsync(ct)));
        api.MapGet("/ui", () => new ApiResponseResult(ArticleApi.BrowsePage()));
        api.MapGet("/ui/app.js", () => new ApiResponseResult(ArticleApi.BrowseScript()));
        app.MapGet("/", () => Results.Redirect("/api/ui"));
    }
}
