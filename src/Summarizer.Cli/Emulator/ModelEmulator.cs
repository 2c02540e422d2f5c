using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Summarizer.Cli.Emulator;

/// <summary>
/// A chat model provider on 127.0.0.1 and a free port that answers as Azure OpenAI
/// (<c>/openai/deployments/{deployment}/chat/completions?api-version=…</c>), OpenAI, Ollama or llama.cpp's server
/// (<c>/v1/chat/completions</c>) do: their keys, API versions, reasoning-model parameter rules, content filters,
/// output and context limits, rate limits and errors, with their documented JSON. Answers to summary prompts are
/// grounded in the prompt's numbered sentences. Each request is recorded; answers come from a script
/// (<see cref="Enqueue"/>), then <see cref="Responder"/>, then <see cref="DefaultAnswer"/>.
/// </summary>
public sealed class ModelEmulator : IAsyncDisposable
{
    private const int CharactersPerToken = 4;
    private readonly ConcurrentQueue<ModelEmulatorAnswer> _script = new();
    private readonly ConcurrentQueue<ModelEmulatorRequest> _requests = new();
    private readonly QuotaWindow _quota = new();
    private WebApplication _app = null!;
    private ModelEmulatorOptions _options;
    private int _sequence;
    private int _rateLimited;

    private ModelEmulator(ModelEmulatorOptions options)
    {
        _options = options;
    }

    /// <summary>The server's root, such as <c>http://127.0.0.1:50123/</c>: the Azure OpenAI endpoint.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The base URL an OpenAI client is given: <see cref="BaseUri"/> plus <c>v1/</c>.</summary>
    public Uri OpenAIBaseUrl => new(BaseUri, "v1/");

    /// <summary>The behaviour for every request; may be replaced while the emulator runs.</summary>
    public ModelEmulatorOptions Options
    {
        get => Volatile.Read(ref _options);
        set => Volatile.Write(ref _options, value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>Chooses the answer per request once the script is used up; null falls through to <see cref="DefaultAnswer"/>.</summary>
    public Func<ModelEmulatorRequest, ModelEmulatorAnswer?>? Responder { get; set; }

    /// <summary>The answer when neither the script nor <see cref="Responder"/> gives one: a grounded summary unless set.</summary>
    public ModelEmulatorAnswer DefaultAnswer { get; set; } = ModelEmulatorAnswer.Summary;

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<ModelEmulatorRequest> Requests => _requests.ToList();

    /// <summary>How many requests the quota answered with 429.</summary>
    public int RateLimitedCount => Volatile.Read(ref _rateLimited);

    public static async Task<ModelEmulator> StartAsync(ModelEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var emulator = new ModelEmulator(options ?? new ModelEmulatorOptions());
        (emulator._app, emulator.BaseUri) = await LoopbackWebApp.StartChatCompletionsAsync(emulator.AnswerAsync, cancellationToken);
        return emulator;
    }

    /// <summary>Queues answers for the next requests that reach the model (past routing, keys, quota and parameter checks).</summary>
    public void Enqueue(params ModelEmulatorAnswer[] answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context, string? deployment)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        var request = new ModelEmulatorRequest(context.Request.Path, context.Request.QueryString.Value ?? string.Empty, headers, body, DateTimeOffset.UtcNow)
        {
            Deployment = deployment,
        };
        _requests.Enqueue(request);
        var reply = await ReplyAsync(new Call(request, context.Request.Query["api-version"].ToString(), Options), context.RequestAborted);
        if (reply is null)
        {
            return;
        }

        request.Status = (int)reply.Status;
        request.ResponseBody = reply.Body;
        context.Response.StatusCode = (int)reply.Status;
        context.Response.ContentType = "application/json";
        foreach (var (name, value) in reply.Headers)
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(reply.Body, context.RequestAborted);
    }

    private async Task<Reply?> ReplyAsync(Call call, CancellationToken cancellationToken)
    {
        var refused = Route(call) ?? Authenticate(call) ?? Throttle(call) ?? CheckParameters(call);
        if (refused is not null)
        {
            return refused;
        }

        var answer = _script.TryDequeue(out var next) ? next : Responder?.Invoke(call.Request) ?? DefaultAnswer;
        if (answer.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(answer.Delay, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }

        return Answer(call, answer);
    }

    // Azure: a missing api-version is a 404, an unknown one a 400, an unknown deployment a 404.
    private static Reply? Route(Call call)
    {
        if (!call.IsAzure)
        {
            return null;
        }

        if (string.IsNullOrEmpty(call.ApiVersion))
        {
            return new Reply(HttpStatusCode.NotFound, ProviderErrors.Azure("404", "Resource not found"));
        }

        if (!call.Options.ApiVersions.Contains(call.ApiVersion))
        {
            return new Reply(HttpStatusCode.BadRequest, ProviderErrors.Azure("BadRequest", "API version not supported"));
        }

        return call.Options.Deployments.Count > 0 && !call.Options.Deployments.Contains(call.Request.Deployment!)
            ? new Reply(HttpStatusCode.NotFound, ProviderErrors.Azure(
                "DeploymentNotFound",
                "The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again."))
            : null;
    }

    private static Reply? Authenticate(Call call)
    {
        var options = call.Options;
        var authorization = call.Request.Header("authorization");
        if (options.ApiKey is null && options.BearerToken is null)
        {
            return null;
        }

        if (call.IsAzure)
        {
            if (options.ApiKey is not null && call.Request.Header("api-key") == options.ApiKey)
            {
                return null;
            }

            if (authorization is not null)
            {
                return options.BearerToken is not null && authorization == "Bearer " + options.BearerToken
                    ? null
                    : new Reply(HttpStatusCode.Unauthorized, ProviderErrors.Azure(
                        "401", "Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired."));
            }

            return new Reply(HttpStatusCode.Unauthorized, ProviderErrors.Azure(
                "401",
                "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."));
        }

        if (authorization == "Bearer " + options.ApiKey)
        {
            return null;
        }

        return new Reply(HttpStatusCode.Unauthorized, options.Dialect switch
        {
            ModelServerDialect.LlamaCpp => ProviderErrors.LlamaCpp(401, "Invalid API Key", "authentication_error"),
            _ when authorization is null => ProviderErrors.OpenAI(
                "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
                "invalid_request_error", null, null),
            _ => ProviderErrors.OpenAI("Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.", "invalid_request_error", null, "invalid_api_key"),
        });
    }

    private Reply? Throttle(Call call)
    {
        if (call.Options.Quota is not { } quota)
        {
            return null;
        }

        var refused = _quota.TryAdmit(quota, call.PromptTokens + (call.OutputLimit ?? 0), DateTimeOffset.UtcNow);
        if (refused is not { } limit)
        {
            return null;
        }

        Interlocked.Increment(ref _rateLimited);
        return TooManyRequests(call, limit.Wait, limit.Limit);
    }

    private static Reply TooManyRequests(Call call, TimeSpan wait, string limit)
    {
        var body = ProviderErrors.RateLimited(call.IsAzure, call.ApiVersion, call.Model, limit, wait);
        var milliseconds = Math.Max(1, (int)Math.Ceiling(wait.TotalMilliseconds));
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var headers = call.IsAzure
            ? new Dictionary<string, string>
            {
                ["retry-after-ms"] = milliseconds.ToString(CultureInfo.InvariantCulture),
                ["retry-after"] = seconds.ToString(CultureInfo.InvariantCulture),
                ["x-ratelimit-remaining-requests"] = "0",
            }
            : new Dictionary<string, string>
            {
                ["x-ratelimit-limit-requests"] = (call.Options.Quota?.Requests ?? 0).ToString(CultureInfo.InvariantCulture),
                ["x-ratelimit-remaining-requests"] = "0",
                ["x-ratelimit-reset-requests"] = string.Create(CultureInfo.InvariantCulture, $"{milliseconds}ms"),
                ["retry-after"] = seconds.ToString(CultureInfo.InvariantCulture),
            };
        return new Reply(HttpStatusCode.TooManyRequests, body, headers);
    }

    // The rules the service applies before the model runs: reasoning models' parameters, response formats, context.
    private static Reply? CheckParameters(Call call)
    {
        var json = call.Request.Json;
        if (call.Options.ReasoningModels.Contains(call.Model))
        {
            if (json.TryGetProperty("max_tokens", out _))
            {
                return BadRequest(call, "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.", "max_tokens", "unsupported_parameter");
            }

            if (json.TryGetProperty("temperature", out var temperature) && temperature.GetDouble() != 1)
            {
                return BadRequest(
                    call,
                    $"Unsupported value: 'temperature' does not support {temperature.GetRawText()} with this model. Only the default (1) value is supported.",
                    "temperature",
                    "unsupported_value");
            }
        }
        else if (json.TryGetProperty("reasoning_effort", out _) && call.Options.Dialect == ModelServerDialect.OpenAI)
        {
            return BadRequest(call, "Unsupported parameter: 'reasoning_effort' is not supported with this model.", "reasoning_effort", "unsupported_parameter");
        }

        if (call.Request.ResponseFormat is { } format && call.Options.RejectedResponseFormats.Contains(format))
        {
            return call.Options.Dialect == ModelServerDialect.LlamaCpp && !call.IsAzure
                ? new Reply(HttpStatusCode.BadRequest, ProviderErrors.LlamaCpp(400, $"Unsupported response_format type: {format}", "invalid_request_error"))
                : BadRequest(call, $"Invalid parameter: 'response_format' of type '{format}' is not supported with this model.", "response_format", null);
        }

        return call.Options.ContextWindowTokens is { } window && call.PromptTokens + (call.OutputLimit ?? 0) > window
            ? ContextLengthExceeded(call, window)
            : null;
    }

    private static Reply ContextLengthExceeded(Call call, int window) => BadRequest(
        call,
        $"This model's maximum context length is {window} tokens. However, your messages resulted in {call.PromptTokens} tokens. Please reduce the length of the messages.",
        "messages",
        "context_length_exceeded");

    private static Reply BadRequest(Call call, string message, string? param, string? code) =>
        new(HttpStatusCode.BadRequest, ProviderErrors.OpenAI(message, "invalid_request_error", param, code));

    private Reply Answer(Call call, ModelEmulatorAnswer answer) => answer.Kind switch
    {
        ModelEmulatorAnswerKind.PromptFiltered => new Reply(HttpStatusCode.BadRequest, ProviderErrors.PromptFiltered(answer.Filtered)),
        ModelEmulatorAnswerKind.ContextLengthExceeded => ContextLengthExceeded(call, call.Options.ContextWindowTokens ?? call.PromptTokens / 2),
        ModelEmulatorAnswerKind.TooManyRequests => TooManyRequests(call, answer.RetryAfter, "call rate limit"),
        ModelEmulatorAnswerKind.ServerError => new Reply(answer.Status, call.IsAzure
            ? ProviderErrors.Azure("InternalServerError", "The server had an error while processing your request. Sorry about that!")
            : ProviderErrors.OpenAI("The server had an error while processing your request. Sorry about that!", "server_error", null, null)),
        ModelEmulatorAnswerKind.Malformed => new Reply(HttpStatusCode.OK, "{\"id\": \"chatcmpl-broken\", \"choices\": ["),
        ModelEmulatorAnswerKind.CompletionFiltered => Completion(call, null, "content_filter", 0, answer.Filtered),
        _ => Written(call, answer),
    };

    private Reply Written(Call call, ModelEmulatorAnswer answer)
    {
        var content = answer.Kind == ModelEmulatorAnswerKind.Text ? answer.Content ?? string.Empty : GroundedAnswer.For(call.Request.Messages);
        if (call.Request.ResponseFormat is null && call.Options.FenceUnformattedAnswers && answer.Kind != ModelEmulatorAnswerKind.Text)
        {
            content = "```json\n" + content + "\n```";
        }

        var needed = call.Options.SummaryTokens ?? Tokens(content);
        var limit = call.OutputLimit;
        var cutOff = answer.Kind == ModelEmulatorAnswerKind.CutOff || (call.Options.SummaryTokens is not null && limit < needed);
        if (!cutOff)
        {
            return Completion(call, content, "stop", needed, []);
        }

        var kept = Math.Clamp((limit ?? needed / 2) * CharactersPerToken * content.Length / Math.Max(needed * CharactersPerToken, 1), 1, content.Length - 1);
        return Completion(call, content[..kept], "length", limit ?? needed / 2, []);
    }

    private Reply Completion(Call call, string? content, string finishReason, int completionTokens, IReadOnlyList<ContentFilterHit> filtered)
    {
        var choice = new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = null },
            ["finish_reason"] = finishReason,
            ["logprobs"] = null,
        };
        var reasoning = call.Options.ReasoningModels.Contains(call.Model);
        var completion = new JsonObject
        {
            ["id"] = string.Create(CultureInfo.InvariantCulture, $"chatcmpl-emulator-{Interlocked.Increment(ref _sequence)}"),
            ["object"] = "chat.completion",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["model"] = call.Options.Dialect == ModelServerDialect.OpenAI || call.IsAzure ? call.Options.AnswerModel : call.Model,
            ["system_fingerprint"] = "fp_emulator",
            ["choices"] = new JsonArray(choice),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = call.PromptTokens,
                ["completion_tokens"] = completionTokens,
                ["total_tokens"] = call.PromptTokens + completionTokens,
                ["completion_tokens_details"] = new JsonObject { ["reasoning_tokens"] = reasoning ? completionTokens / 2 : 0 },
            },
        };
        if (call.IsAzure)
        {
            // Azure annotates every answer with the filter's verdict on the prompt and on the completion.
            choice["content_filter_results"] = ProviderErrors.FilterResults(filtered);
            completion["prompt_filter_results"] = new JsonArray(new JsonObject { ["prompt_index"] = 0, ["content_filter_results"] = ProviderErrors.FilterResults([]) });
        }

        var headers = new Dictionary<string, string>();
        if (call.Options.Quota is { } quota)
        {
            headers["x-ratelimit-remaining-requests"] = _quota.RemainingRequests(quota).ToString(CultureInfo.InvariantCulture);
        }

        return new Reply(HttpStatusCode.OK, completion.ToJsonString(JsonSerializerOptions.Default), headers);
    }

    private static int Tokens(string text) => Math.Max(1, text.Length / CharactersPerToken);

    // One request with what the checks need from it.
    private sealed class Call(ModelEmulatorRequest request, string apiVersion, ModelEmulatorOptions options)
    {
        public ModelEmulatorRequest Request { get; } = request;

        public string ApiVersion { get; } = apiVersion;

        public ModelEmulatorOptions Options { get; } = options;

        public bool IsAzure => Request.Deployment is not null;

        public string Model => Request.Deployment ?? (Request.Json.TryGetProperty("model", out var model) ? model.GetString() ?? string.Empty : string.Empty);

        public int PromptTokens => Tokens(string.Concat(Request.Messages.Select(m => m.Content)));

        public int? OutputLimit =>
            Request.Json.TryGetProperty("max_completion_tokens", out var completion) ? completion.GetInt32()
            : Request.Json.TryGetProperty("max_tokens", out var tokens) ? tokens.GetInt32()
            : null;
    }

    private sealed record Reply(HttpStatusCode Status, string Body, IReadOnlyDictionary<string, string>? ExtraHeaders = null)
    {
        public IReadOnlyDictionary<string, string> Headers => ExtraHeaders ?? new Dictionary<string, string>();
    }
}
