using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Summarizer.Core.Access;
using Summarizer.Core.Api;

namespace Summarizer.Functions.Api;

/// <summary>
/// The HTTP API: the routes of <see cref="ApiRoutes"/>, with the status codes and JSON of <c>summarizer serve</c>, all
/// from <see cref="ArticleApi"/>.
/// The routes are anonymous to the Functions host, which cannot let a signed-in person through a key check; every
/// data route, reads included, answers for the caller <see cref="CallerResolver"/> finds instead: the principal App
/// Service Authentication sends where it is on, a function key from <c>Access:FunctionKeys</c>, or <c>local</c> on a
/// developer's machine (<c>Access:LocalIdentity</c>); anyone else gets 401. Health and the page, which holds no data,
/// need nothing.
/// </summary>
public sealed class ArticleApiFunctions(ArticleApi api, CallerResolver resolver)
{
    [Function("UploadArticle")]
    public Task<IActionResult> UploadAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, ApiRoutes.Post, Route = ApiRoutes.Articles)] HttpRequest request,
        CancellationToken cancellationToken) =>
        AnswerAsync(request, c => api.UploadAsync(c, request.Query["name"], request.ContentType, request.Body, request.Query["summarySentences"], request.Query["keyPoints"], cancellationToken));

    [Function("ListSummaries")]
    public Task<IActionResult> ListSummariesAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, ApiRoutes.Get, Route = ApiRoutes.Summaries)] HttpRequest request,
        CancellationToken cancellationToken) =>
        AnswerAsync(request, c => api.ListSummariesAsync(c, request.Query["top"], request.Query["continuationToken"], request.Query["status"], cancellationToken));

    [Function("GetSummary")]
    public Task<IActionResult> GetSummaryAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, ApiRoutes.Get, Route = ApiRoutes.Summary)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        AnswerAsync(request, c => api.GetSummaryAsync(c, id, cancellationToken));

    [Function("RetrySummary")]
    public Task<IActionResult> RetryAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, ApiRoutes.Post, Route = ApiRoutes.RetrySummary)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        AnswerAsync(request, c => api.RetryAsync(c, id, cancellationToken));

    [Function("GetCleanedArticle")]
    public Task<IActionResult> GetCleanedAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, ApiRoutes.Get, Route = ApiRoutes.CleanedArticle)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        AnswerAsync(request, c => api.GetCleanedAsync(c, id, cancellationToken));

    [Function("DeleteArticle")]
    public Task<IActionResult> DeleteAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, ApiRoutes.Delete, Route = ApiRoutes.Article)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        AnswerAsync(request, c => api.DeleteAsync(c, id, cancellationToken));

    [Function("GetCaller")]
    public Task<IActionResult> MeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, ApiRoutes.Get, Route = ApiRoutes.Me)] HttpRequest request) =>
        AnswerAsync(request, c => Task.FromResult(api.Me(c)));

    [Function("Health")]
    public async Task<IActionResult> HealthAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, ApiRoutes.Get, Route = ApiRoutes.Health)] HttpRequest request,
        CancellationToken cancellationToken) =>
        new ApiResponseResult(await api.HealthAsync(cancellationToken));

    [Function("GetStats")]
    public Task<IActionResult> GetStatsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, ApiRoutes.Get, Route = ApiRoutes.Stats)] HttpRequest request,
        CancellationToken cancellationToken) =>
        AnswerAsync(request, _ => api.GetStatsAsync(cancellationToken));

    [Function("BrowseSummaries")]
    public static IActionResult Browse(
        [HttpTrigger(AuthorizationLevel.Anonymous, ApiRoutes.Get, Route = ApiRoutes.BrowsePage)] HttpRequest request) =>
        new ApiResponseResult(ArticleApi.BrowsePage());

    [Function("BrowseScript")]
    public static IActionResult BrowseScript(
        [HttpTrigger(AuthorizationLevel.Anonymous, ApiRoutes.Get, Route = ApiRoutes.BrowseScript)] HttpRequest request) =>
        new ApiResponseResult(ArticleApi.BrowseScript());

    private async Task<IActionResult> AnswerAsync(HttpRequest request, Func<Caller, Task<ApiResponse>> action) =>
        new ApiResponseResult(await resolver.AnswerAsync(new RequestCredentials(name => request.Headers[name].FirstOrDefault(), request.Query["code"]), action));
}
