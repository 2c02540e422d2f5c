using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Summarizer.Cli.Emulator;

namespace Summarizer.Testing;

/// <summary>
/// An OpenAI-compatible chat completions server on 127.0.0.1 and a free port, for running the real model clients in
/// tests: it serves the OpenAI shape (<c>POST /v1/chat/completions</c>) and the Azure OpenAI shape
/// (<c>POST /openai/deployments/{deployment}/chat/completions?api-version=…</c>), records every request, and answers
/// from a script (normal, slow, 429 with Retry-After, 5xx, malformed JSON), then with <see cref="Fallback"/>.
/// </summary>
public sealed class LoopbackModelServer : IAsyncDisposable
{
    private WebApplication _app = null!;
    private readonly ConcurrentQueue<LoopbackModelServerResponse> _script = new();
    private readonly ConcurrentQueue<LoopbackModelServerRequest> _requests = new();
    private int _inFlight;
    private int _maxInFlight;

    private LoopbackModelServer()
    {
    }

    /// <summary>The server's root, such as <c>http://127.0.0.1:50123/</c>: the Azure OpenAI endpoint.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The base URL an OpenAI client is given: <see cref="BaseUri"/> plus <c>v1/</c>.</summary>
    public Uri OpenAIBaseUrl => new(BaseUri, "v1/");

    /// <summary>Answers computed from the request, used once the script is used up (before <see cref="Fallback"/>).</summary>
    public Func<LoopbackModelServerRequest, LoopbackModelServerResponse>? Responder { get; set; }

    /// <summary>The most requests that were being answered at the same time.</summary>
    public int MaxConcurrentRequests => Volatile.Read(ref _maxInFlight);

    /// <summary>The answer once the script is used up and no <see cref="Responder"/> is set; a 500 unless set.</summary>
    public LoopbackModelServerResponse Fallback { get; set; } = LoopbackModelServerResponse.ServerError();

    public IReadOnlyList<LoopbackModelServerRequest> Requests => _requests.ToList();

    public static async Task<LoopbackModelServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = new LoopbackModelServer();
        (server._app, server.BaseUri) = await LoopbackWebApp.StartChatCompletionsAsync(server.AnswerAsync, cancellationToken);
        return server;
    }

    /// <summary>Queues answers, sent in order to the next requests.</summary>
    public void Enqueue(params LoopbackModelServerResponse[] responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context, string? deployment)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        try
        {
            UpdateMax(inFlight);
            await AnswerOneAsync(context, deployment);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private void UpdateMax(int inFlight)
    {
        int max;
        while (inFlight > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, inFlight, max) != max)
        {
        }
    }

    private async Task AnswerOneAsync(HttpContext context, string? deployment)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        var request = new LoopbackModelServerRequest(context.Request.Path, context.Request.QueryString.Value ?? string.Empty, headers, body, DateTimeOffset.UtcNow)
        {
            Deployment = deployment,
        };
        _requests.Enqueue(request);

        var response = _script.TryDequeue(out var next) ? next : Responder?.Invoke(request) ?? Fallback;
        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = (int)response.Status;
        context.Response.ContentType = "application/json";
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(response.Body(deployment ?? "model"), context.RequestAborted);
    }
}
