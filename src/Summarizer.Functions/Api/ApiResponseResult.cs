using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Summarizer.Core.Api;

namespace Summarizer.Functions.Api;

/// <summary>Writes a Core <see cref="ApiResponse"/> (status, headers, content type, body) as the HTTP response.</summary>
internal sealed class ApiResponseResult(ApiResponse response) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext.Response;
        http.StatusCode = response.StatusCode;
        http.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers)
        {
            http.Headers[name] = value;
        }

        http.ContentLength = response.Body.Length;
        await http.Body.WriteAsync(response.Body, context.HttpContext.RequestAborted);
    }
}
