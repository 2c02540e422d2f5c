using Summarizer.Core.Access;
using Summarizer.Core.Api;

namespace Summarizer.Cli.Hosting;

/// <summary>
/// Maps the HTTP API's routes to <see cref="ArticleApi"/>, as the Functions app's HTTP triggers do; each data route
/// answers for the caller <see cref="CallerResolver"/> finds in the request (under <c>serve</c>, <c>local</c>).
/// </summary>
internal static class ApiEndpoints
{
    public static void MapSummarizerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/articles", (HttpRequest request, string? name, ArticleApi a, CallerResolver r, CancellationToken ct) =>
            AnswerAsync(request, r, c => a.UploadAsync(c, name, request.ContentType, request.Body, request.Query["summarySentences"], request.Query["keyPoints"], ct)));
        api.MapGet("/summaries", (HttpRequest request, string? top, string? continuationToken, string? status, ArticleApi a, CallerResolver r, CancellationToken ct) =>
            AnswerAsync(request, r, c => a.ListSummariesAsync(c, top, continuationToken, status, ct)));
        api.MapGet("/summaries/{id}", (HttpRequest request, string id, ArticleApi a, CallerResolver r, CancellationToken ct) =>
            AnswerAsync(request, r, c => a.GetSummaryAsync(c, id, ct)));
        api.MapPost("/summaries/{id}/retry", (HttpRequest request, string id, ArticleApi a, CallerResolver r, CancellationToken ct) =>
            AnswerAsync(request, r, c => a.RetryAsync(c, id, ct)));
        api.MapGet("/articles/{id}/cleaned", (HttpRequest request, string id, ArticleApi a, CallerResolver r, CancellationToken ct) =>
            AnswerAsync(request, r, c => a.GetCleanedAsync(c, id, ct)));
        api.MapDelete("/articles/{id}", (HttpRequest request, string id, ArticleApi a, CallerResolver r, CancellationToken ct) =>
            AnswerAsync(request, r, c => a.DeleteAsync(c, id, ct)));
        api.MapGet("/me", (HttpRequest request, ArticleApi a, CallerResolver r) =>
            AnswerAsync(request, r, c => Task.FromResult(a.Me(c))));
        api.MapGet("/health", async (ArticleApi a, CancellationToken ct) =>
            new ApiResponseResult(await a.HealthAsync(ct)));
        api.MapGet("/stats", (HttpRequest request, ArticleApi a, CallerResolver r, CancellationToken ct) =>
            AnswerAsync(request, r, _ => a.GetStatsAsync(ct)));
        api.MapGet("/ui", () => new ApiResponseResult(ArticleApi.BrowsePage()));
        api.MapGet("/ui/app.js", () => new ApiResponseResult(ArticleApi.BrowseScript()));
        app.MapGet("/", () => Results.Redirect("/api/ui"));
    }

    private static async Task<IResult> AnswerAsync(HttpRequest request, CallerResolver resolver, Func<Caller, Task<ApiResponse>> action) =>
        new ApiResponseResult(await resolver.AnswerAsync(new RequestCredentials(name => request.Headers[name].FirstOrDefault(), request.Query["code"]), action));
}
