using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Summarizer.Cli.Emulator;
using Summarizer.Core.Summarization;

namespace Summarizer.Core.Tests.Summarization;

/// <summary>
/// The provider emulator answers as each provider documents, checked through the real Semantic Kernel client where
/// the summarizer sends the request, and with a plain HTTP client where the summarizer never would.
/// </summary>
public sealed class ProviderEmulatorTests : IAsyncLifetime
{
    private ModelEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await ModelEmulator.StartAsync(new ModelEmulatorOptions { ApiKey = "azure-key" });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task AzureDeployment_AnswersAGroundedSummaryTheValidatorAccepts()
    {
        // Route, api-version query and api-key header: Azure OpenAI REST reference, "Chat completions"
        // (https://learn.microsoft.com/azure/ai-foundry/openai/reference#chat-completions).
        using var harness = Azure();

        var summary = await harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power"));

        var request = Assert.Single(_emulator.Requests);
        Assert.Equal("/openai/deployments/summaries/chat/completions", request.Path);
        Assert.Equal("azure-key", request.Header("api-key"));
        Assert.Equal(200, request.Status);
        Assert.StartsWith("Record temperatures across the southern region", summary.Summary, StringComparison.Ordinal);
        Assert.True(summary.KeyPoints.Count >= 3);
        Assert.Equal([1], summary.KeyPoints[0].Sentences);
        Assert.True(summary.Usage.PromptTokens > 100, $"{summary.Usage.PromptTokens} prompt tokens");
    }

    [Fact]
    public async Task AzureDeployment_WrongKeyIs401AndAPermanentFailure()
    {
        // 401 on a missing or wrong key: Azure OpenAI REST reference, "Authentication"
        // (https://learn.microsoft.com/azure/ai-foundry/openai/reference#authentication).
        using var harness = Azure(key: "wrong-key");

        var error = await Assert.ThrowsAsync<SummarizationException>(() => harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power")));

        Assert.False(error.IsTransient);
        Assert.Equal(401, Assert.Single(_emulator.Requests).Status);
    }

    [Fact]
    public async Task AzureRoute_RefusesAMissingOrUnknownApiVersionAndAnUnknownDeployment()
    {
        // Without api-version the service answers 404 "Resource not found"; an unsupported one is 400 "API version not
        // supported": Azure OpenAI REST reference, "API specs" (https://learn.microsoft.com/azure/ai-foundry/openai/reference#api-specs).
        _emulator.Options = _emulator.Options with { Deployments = new HashSet<string> { "summaries" } };
        using var http = new HttpClient { BaseAddress = _emulator.BaseUri };
        http.DefaultRequestHeaders.Add("api-key", "azure-key");

        var missing = await PostAsync(http, "openai/deployments/summaries/chat/completions");
        var unknown = await PostAsync(http, "openai/deployments/summaries/chat/completions?api-version=1999-01-01");
        var deployment = await PostAsync(http, "openai/deployments/other/chat/completions?api-version=2024-10-21");

        Assert.Equal((HttpStatusCode.NotFound, "404"), missing);
        Assert.Equal((HttpStatusCode.BadRequest, "BadRequest"), unknown);
        Assert.Equal((HttpStatusCode.NotFound, "DeploymentNotFound"), deployment);
    }

    [Fact]
    public async Task AzureRoute_AcceptsABearerTokenInsteadOfTheKey()
    {
        // Microsoft Entra ID tokens go as "Authorization: Bearer": Azure OpenAI REST reference, "Authentication"
        // (https://learn.microsoft.com/azure/ai-foundry/openai/reference#authentication).
        _emulator.Options = _emulator.Options with { BearerToken = "entra-token" };
        using var http = new HttpClient { BaseAddress = _emulator.BaseUri };

        http.DefaultRequestHeaders.Authorization = new("Bearer", "entra-token");
        var accepted = await PostAsync(http, "openai/deployments/summaries/chat/completions?api-version=2024-10-21");
        http.DefaultRequestHeaders.Authorization = new("Bearer", "expired-token");
        var refused = await PostAsync(http, "openai/deployments/summaries/chat/completions?api-version=2024-10-21");

        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal((HttpStatusCode.Unauthorized, "401"), refused);
    }

    [Fact]
    public async Task AzureQuota_Answers429WithRetryAfterMsOnceTheWindowIsFull()
    {
        // Beyond a deployment's requests-per-window or tokens-per-minute quota Azure answers 429 with retry-after-ms
        // and retry-after: Azure OpenAI quota management, "Rate limit best practices" and "Understanding rate limits"
        // (https://learn.microsoft.com/azure/ai-foundry/openai/how-to/quota).
        _emulator.Options = _emulator.Options with { Quota = new ModelEmulatorQuota { Requests = 2, Window = TimeSpan.FromSeconds(30) } };
        using var http = new HttpClient { BaseAddress = _emulator.BaseUri };
        http.DefaultRequestHeaders.Add("api-key", "azure-key");
        const string Path = "openai/deployments/summaries/chat/completions?api-version=2024-10-21";

        var first = await PostAsync(http, Path);
        var second = await PostAsync(http, Path);
        using var third = await http.PostAsJsonAsync(Path, new { messages = new[] { new { role = "user", content = "Hello." } } });

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        var milliseconds = int.Parse(third.Headers.GetValues("retry-after-ms").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(milliseconds, 20_000, 30_000);
        Assert.Equal(((milliseconds + 999) / 1000).ToString(System.Globalization.CultureInfo.InvariantCulture), third.Headers.GetValues("retry-after").Single());
        var error = (await third.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("429", error.GetProperty("code").GetString());
        Assert.Equal(1, _emulator.RateLimitedCount);
    }

    [Fact]
    public async Task OpenAIQuota_Answers429WithRateLimitHeadersAndItsErrorShape()
    {
        // OpenAI's 429 carries error.type/code "rate_limit_exceeded" and the x-ratelimit-* headers: OpenAI "Error codes"
        // (https://platform.openai.com/docs/guides/error-codes) and "Rate limits", "Rate limits in headers"
        // (https://platform.openai.com/docs/guides/rate-limits#rate-limits-in-headers).
        _emulator.Options = _emulator.Options with { ApiKey = "sk-test", Quota = new ModelEmulatorQuota { TokensPerMinute = 3 } };
        using var http = new HttpClient { BaseAddress = _emulator.OpenAIBaseUrl };
        http.DefaultRequestHeaders.Authorization = new("Bearer", "sk-test");

        var first = await PostAsync(http, "chat/completions");
        using var second = await http.PostAsJsonAsync("chat/completions", new { model = "gpt-4o-mini", messages = new[] { new { role = "user", content = "Hello there, again." } } });

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("0", second.Headers.GetValues("x-ratelimit-remaining-requests").Single());
        Assert.EndsWith("ms", second.Headers.GetValues("x-ratelimit-reset-requests").Single(), StringComparison.Ordinal);
        var error = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("rate_limit_exceeded", error.GetProperty("code").GetString());
        Assert.Contains("tokens per minute", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAIRoute_RefusesAMissingOrWrongKeyWithItsErrorShape()
    {
        // 401 with error.code "invalid_api_key" for a wrong key, and a null code when none is sent: OpenAI
        // "Error codes", "401 - Invalid Authentication" (https://platform.openai.com/docs/guides/error-codes).
        _emulator.Options = _emulator.Options with { ApiKey = "sk-test" };
        using var http = new HttpClient { BaseAddress = _emulator.OpenAIBaseUrl };

        var missing = await PostAsync(http, "chat/completions");
        http.DefaultRequestHeaders.Authorization = new("Bearer", "sk-wrong");
        var wrong = await PostAsync(http, "chat/completions");

        Assert.Equal((HttpStatusCode.Unauthorized, null), missing);
        Assert.Equal((HttpStatusCode.Unauthorized, "invalid_api_key"), wrong);
    }

    [Fact]
    public async Task ServerErrorThenSummary_IsRetriedByTheClientAndSummarized()
    {
        // 500 and 503 are to be retried with back-off: Azure OpenAI REST reference, error responses, and OpenAI
        // "Error codes", "500 - The server had an error" and "503 - Slow Down" (https://platform.openai.com/docs/guides/error-codes).
        _emulator.Enqueue(ModelEmulatorAnswer.ServerError(), ModelEmulatorAnswer.ServerError(HttpStatusCode.ServiceUnavailable));
        using var harness = Azure();

        var summary = await harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power"));

        Assert.Equal([500, 503, 200], _emulator.Requests.Select(r => r.Status));
        Assert.Equal(3, summary.Usage.ModelCalls);
    }

    private static async Task<(HttpStatusCode Status, string? Code)> PostAsync(HttpClient http, string path)
    {
        using var response = await http.PostAsJsonAsync(path, new { messages = new[] { new { role = "user", content = "Hello." } } });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, json.TryGetProperty("error", out var error) ? error.GetProperty("code").GetString() : null);
    }

    private KernelArticleSummarizerHarness Azure(string key = "azure-key") => new(new()
    {
        ["Summarization:Provider"] = "AzureOpenAI",
        ["Summarization:Endpoint"] = _emulator.BaseUri.ToString(),
        ["Summarization:Deployment"] = "summaries",
        ["Summarization:ApiKey"] = key,
        ["Summarization:RetryDelay"] = "00:00:00.020",
        ["Summarization:RequestTimeout"] = "00:00:10",
    });
}
