using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Summarizer.Core.Api;

namespace Summarizer.Functions.Api;

/// <summary>
/// The HTTP API: the routes, status codes and JSON of <c>summarizer serve</c>, all from <see cref="ArticleApi"/>.
/// Every data route, reads included, needs a function key (uploads may be private documents); only the health check
/// and the page itself, which holds no data, are anonymous.
/// </summary>
public sealed class ArticleApiFunctions(ArticleApi api)
{
    [Function("UploadArticle")]
    public async Task<IActionResult> UploadAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "articles")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ApiResponseResult(await api.UploadAsync(request.Query["name"], request.ContentType, request.Body, request.Query["summarySentences"], request.Query["keyPoints"], cancellationToken));

    [Function("ListSummaries")]
    public async Task<IActionResult> ListSummariesAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "summaries")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ApiResponseResult(await api.ListSummariesAsync(request.Query["top"], request.Query["continuationToken"], request.Query["status"], cancellationToken));

    [Function("GetSummary")]
    public async Task<IActionResult> GetSummaryAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "summaries/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        new ApiResponseResult(await api.GetSummaryAsync(id, cancellationToken));

    [Function("RetrySummary")]
    public async Task<IActionResult> RetryAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "summaries/{id}/retry")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        new ApiResponseResult(await api.RetryAsync(id, cancellationToken));

    [Function("GetCleanedArticle")]
    public async Task<IActionResult> GetCleanedAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "articles/{id}/cleaned")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        new ApiResponseResult(await api.GetCleanedAsync(id, cancellationToken));

    [Function("Health")]
    public async Task<IActionResult> HealthAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ApiResponseResult(await api.HealthAsync(cancellationToken));

    [Function("GetStats")]
    public async Task<IActionResult> GetStatsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "stats")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ApiResponseResult(await api.GetStatsAsync(cancellationToken));

    [Function("BrowseSummaries")]
    public static IActionResult Browse(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ui")] HttpRequest request) =>
        new ApiResponseResult(ArticleApi.BrowsePage());

    [Function("BrowseScript")]
    public static IActionResult BrowseScript(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ui/app.js")] HttpRequest request) =>
        new ApiResponseResult(ArticleApi.BrowseScript());
}
