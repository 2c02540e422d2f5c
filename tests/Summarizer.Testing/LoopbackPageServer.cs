using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Summarizer.Testing;

/// <summary>
/// A web server on 127.0.0.1 and a free port that serves pages set by the test (body, content type, status, a
/// redirect or a delay) at any path, and records the paths requested.
/// </summary>
public sealed class LoopbackPageServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requested = new();

    private LoopbackPageServer(WebApplication app) => _app = app;

    /// <summary>The server's root, such as <c>http://127.0.0.1:50123/</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    public IReadOnlyList<string> RequestedPaths => _requested.ToList();

    public static async Task<LoopbackPageServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackPageServer(app);
        app.Run(server.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address.TrimEnd('/') + "/");
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
