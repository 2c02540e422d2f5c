using Summarizer.Core.Api;

namespace Summarizer.Cli.Hosting;

/// <summary>Writes a Core <see cref="ApiResponse"/> as the HTTP response.</summary>
internal sealed class ApiResponseResult(ApiResponse response) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var http = httpContext.Response;
        http.StatusCode = response.StatusCode;
        http.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers)
        {
            http.Headers[name] = value;
        }

        http.ContentLength = response.Body.Length;
        await http.Body.WriteAsync(response.Body, httpContext.RequestAborted);
    }
}
