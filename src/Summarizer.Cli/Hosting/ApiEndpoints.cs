using Summarizer.Core.Access;
using Summarizer.Core.Api;

namespace Summarizer.Cli.Hosting;

/// <summary>
/// Maps the HTTP API's routes (<see cref="ApiRoutes"/>) to <see cref="ArticleApi"/>, as the Functions app's HTTP
/// triggers do; each data route answers for the caller <see cref="CallerResolver"/> finds in the request (under
/// <c>serve</c>, <c>local</c>).
/// </summary>
internal static class ApiEndpoints
{
    public static void MapSummarizerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/" + ApiRoutes.Prefix);
        api.MapPost(ApiRoutes.Articles, (HttpRequest request, string? name, ArticleApi a, CallerResolver r, CancellationToken ct) =>
            AnswerAsync(request, r, c => a.UploadAsync(c, name, request.ContentType, request.Body, request.Query["summarySentences"], request.Query["keyPoints"], ct)));
        api.MapGet(ApiRoutes.Summaries, (HttpRequest request, string? top, string? continuationToken, string? status, ArticleApi a, CallerResolver r, CancellationToken ct) =>
            AnswerAsync(request, r, c => a.ListSummariesAsync(c, top, continuationToken, status, ct)));
        api.MapGet(ApiRoutes.Summary, (HttpRequest request, string id, ArticleApi a, CallerResolver r, CancellationToken ct) =>
            AnswerAsync(request, r, c => a.GetSummaryAsync(c, id, ct)));
        api.MapPost(ApiRoutes.RetrySummary, (HttpRequest request, string id, ArticleApi a, CallerResolver r, CancellationToken ct) =>
            AnswerAsync(request, r, c => a.RetryAsync(c, id, ct)));
        api.MapGet(ApiRoutes.CleanedArticle, (HttpRequest request, string id, ArticleApi a, CallerResolver r, CancellationToken ct) =>
            AnswerAsync(request, r, c => a.GetCleanedAsync(c, id, ct)));
        api.MapDelete(ApiRoutes.Article, (HttpRequest request, string id, ArticleApi a, CallerResolver r, CancellationToken ct) =>
            AnswerAsync(request, r, c => a.DeleteAsync(c, id, ct)));
        api.MapGet(ApiRoutes.Me, (HttpRequest request, ArticleApi a, CallerResolver r) =>
            AnswerAsync(request, r, c => Task.FromResult(a.Me(c))));
        api.MapGet(ApiRoutes.Health, async (ArticleApi a, CancellationToken ct) =>
            new ApiResponseResult(await a.HealthAsync(ct)));
        api.MapGet(ApiRoutes.Stats, (HttpRequest request, ArticleApi a, CallerResolver r, CancellationToken ct) =>
            AnswerAsync(request, r, _ => a.GetStatsAsync(ct)));
        api.MapGet(ApiRoutes.BrowsePage, () => new ApiResponseResult(ArticleApi.BrowsePage()));
        api.MapGet(ApiRoutes.BrowseScript, () => new ApiResponseResult(ArticleApi.BrowseScript()));
        app.MapGet("/", () => Results.Redirect($"/{ApiRoutes.Prefix}/{ApiRoutes.BrowsePage}"));
    }

    private static async Task<IResult> AnswerAsync(HttpRequest request, CallerResolver resolver, Func<Caller, Task<ApiResponse>> action) =>
        new ApiResponseResult(await resolver.AnswerAsync(new RequestCredentials(name => request.Headers[name].FirstOrDefault(), request.Query["code"]), action));
}
