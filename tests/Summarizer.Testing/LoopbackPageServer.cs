using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Summarizer.Cli.Emulator;

namespace Summarizer.Testing;

/// <summary>
/// A web server on 127.0.0.1 and a free port that serves pages set by the test (body, content type, status, a
/// redirect or a delay) at any path, and records the paths requested.
/// </summary>
public sealed class LoopbackPageServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requested = new();

    private WebApplication _app = null!;

    private LoopbackPageServer()
    {
    }

    /// <summary>The server's root, such as <c>http://127.0.0.1:50123/</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    public IReadOnlyList<string> RequestedPaths => _requested.ToList();

    public static async Task<LoopbackPageServer> StartAsync()
    {
        var server = new LoopbackPageServer();
        (server._app, server.BaseUri) = await LoopbackWebApp.StartAsync(app => app.Run(server.AnswerAsync));
        return server;
    }

    public Uri Url(string path) => new(BaseUri, path.TrimStart('/'));

    public void Page(string path, string body, string contentType = "text/html; charset=utf-8", int status = 200, TimeSpan delay = default) =>
        _pages["/" + path.TrimStart('/')] = async context =>
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, context.RequestAborted);
            }

            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, context.RequestAborted);
        };

    public void Redirect(string path, string location) =>
        _pages["/" + path.TrimStart('/')] = context =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        };

    private Task AnswerAsync(HttpContext context)
    {
        _requested.Enqueue(context.Request.Path.Value ?? "/");
        if (_pages.TryGetValue(context.Request.Path.Value ?? "/", out var page))
        {
            return page(context);
        }

        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
