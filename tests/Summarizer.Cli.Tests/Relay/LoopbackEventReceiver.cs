using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Summarizer.Cli.Hosting;

namespace Summarizer.Cli.Tests.Relay;

/// <summary>
/// A loopback stand-in for the Functions host's blob webhook and admin key API: it records every event posted to
/// <c>/runtime/webhooks/blobs</c> and answers with <see cref="Answer"/>. It can be started late, or stopped and
/// started again on the same port, to play a host that is down.
/// </summary>
internal sealed class LoopbackEventReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedEvent> _events = new();
    private WebApplication? _app;

    public LoopbackEventReceiver(int? port = null)
    {
        Port = port ?? LoopbackPort.Free();
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>The status code for a posted event; 202 unless a test says otherwise.</summary>
    public Func<ReceivedEvent, HttpStatusCode> Answer { get; set; } = _ => HttpStatusCode.Accepted;

    /// <summary>The master key the admin API asks for, and the system key it gives for it.</summary>
    public (string MasterKey, string SystemKey)? AdminKeys { get; set; }

    /// <summary>Every event posted so far, with the status it was answered with.</summary>
    public IReadOnlyList<ReceivedEvent> Events => [.. _events];

    public IEnumerable<ReceivedEvent> Accepted => Events.Where(e => e.Status == HttpStatusCode.Accepted);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(BaseAddress.ToString().TrimEnd('/'));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/runtime/webhooks/blobs", ReceiveAsync);
        _app.MapGet("/admin/host/systemkeys/{name}", (HttpRequest request, string name) =>
            AdminKeys is { } keys && request.Headers["x-functions-key"] == keys.MasterKey
                ? Results.Json(new { name, value = keys.SystemKey })
                : Results.StatusCode(401));
        await _app.StartAsync();
    }

    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds for the events received, failing after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyList<ReceivedEvent>, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!condition(Events))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The events expected did not arrive; received: " + string.Join(", ", Events.Select(e => $"{e.BlobName} {(int)e.Status}")));
            }

            await Task.Delay(50);
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        var body = await JsonDocument.ParseAsync(request.Body);
        var received = new ReceivedEvent(
            request.Query["functionName"].ToString(),
            request.Query.TryGetValue("code", out var code) ? code.ToString() : null,
            request.Headers["aeg-event-type"].ToString(),
            body.RootElement.Clone());
        received = received with { Status = Answer(received) };
        _events.Enqueue(received);
        return Results.StatusCode((int)received.Status);
    }
}
