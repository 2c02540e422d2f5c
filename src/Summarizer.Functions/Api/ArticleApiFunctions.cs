using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Summarizer.Core.Api;

namespace Summarizer.Functions.Api;

/// <summary>
/// The HTTP API: the routes of <see cref="ApiRoutes"/>, with the status codes and JSON of <c>summarizer serve</c>, all from
/// <see cref="ArticleApi"/>.
/// Every data route, reads included, needs a function key (uploads may be private documents); only the health check
/// and the page itself, which holds no data, are anonymous.
/// </summary>
public sealed class ArticleApiFunctions(ArticleApi api)
{
    [Function("UploadArticle")]
    public async Task<IActionResult> UploadAsync(
        [HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Post, Route = ApiRoutes.Articles)] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ApiResponseResult(await api.UploadAsync(request.Query["name"], request.ContentType, request.Body, request.Query["summarySentences"], request.Query["keyPoints"], cancellationToken));

    [Function("ListSummaries")]
    public async Task<IActionResult> ListSummariesAsync(
        [HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Get, Route = ApiRoutes.Summaries)] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ApiResponseResult(await api.ListSummariesAsync(request.Query["top"], request.Query["continuationToken"], request.Query["status"], cancellationToken));

    [Function("GetSummary")]
    public async Task<IActionResult> GetSummaryAsync(
        [HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Get, Route = ApiRoutes.Summary)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        new ApiResponseResult(await api.GetSummaryAsync(id, cancellationToken));

    [Function("RetrySummary")]
    public async Task<IActionResult> RetryAsync(
        [HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Post, Route = ApiRoutes.RetrySummary)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        new ApiResponseResult(await api.RetryAsync(id, cancellationToken));

    [Function("GetCleanedArticle")]
    public async Task<IActionResult> GetCleanedAsync(
        [HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Get, Route = ApiRoutes.CleanedArticle)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        new ApiResponseResult(await api.GetCleanedAsync(id, cancellationToken));

    [Function("Health")]
    public async Task<IActionResult> HealthAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, ApiRoutes.Get, Route = ApiRoutes.Health)] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ApiResponseResult(await api.HealthAsync(cancellationToken));

    [Function("GetStats")]
    public async Task<IActionResult> GetStatsAsync(
        [HttpTrigger(AuthorizationLevel.Function, ApiRoutes.Get, Route = ApiRoutes.Stats)] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ApiResponseResult(await api.GetStatsAsync(cancellationToken));

    [Function("BrowseSummaries")]
    public static IActionResult Browse(
        [HttpTrigger(AuthorizationLevel.Anonymous, ApiRoutes.Get, Route = ApiRoutes.BrowsePage)] HttpRequest request) =>
        new ApiResponseResult(ArticleApi.BrowsePage());

    [Function("BrowseScript")]
    public static IActionResult BrowseScript(
        [HttpTrigger(AuthorizationLevel.Anonymous, ApiRoutes.Get, Route = ApiRoutes.BrowseScript)] HttpRequest request) =>
        new ApiResponseResult(ArticleApi.BrowseScript());
}
