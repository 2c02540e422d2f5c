using System.Text.Json;
using Summarizer.Cli.Emulator;
using Summarizer.Core.Summarization;

namespace Summarizer.Core.Tests.Summarization;

/// <summary>
/// What each documented provider answer leads to, through the real Semantic Kernel, Microsoft.Extensions.AI and
/// OpenAI / Azure OpenAI clients against the provider emulator.
/// </summary>
public sealed class ChatProviderAnswersTests : IAsyncLifetime
{
    private ModelEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await ModelEmulator.StartAsync(new ModelEmulatorOptions { ApiKey = "test-key" });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task ReasoningDeployment_GetsMaxCompletionTokensAndTheEffortButNoTemperature()
    {
        // Reasoning models take max_completion_tokens and reasoning_effort, and reject max_tokens and a temperature
        // other than the default: Azure OpenAI reasoning models, "API & feature support" and "Not supported"
        // (https://learn.microsoft.com/azure/ai-foundry/openai/how-to/reasoning#not-supported).
        _emulator.Options = _emulator.Options with { ReasoningModels = new HashSet<string> { "reasoner" } };
        using var harness = Azure("reasoner", new() { ["Summarization:ReasoningEffort"] = "Low" });

        var summary = await harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power"));

        var request = Assert.Single(_emulator.Requests);
        Assert.Equal(200, request.Status);
        Assert.False(request.Sends("temperature"));
        Assert.False(request.Sends("max_tokens"));
        Assert.Equal(1200, request.Json.GetProperty("max_completion_tokens").GetInt32());
        Assert.Equal("low", request.Json.GetProperty("reasoning_effort").GetString());
        Assert.Equal("json_schema", request.ResponseFormat);
        Assert.True(summary.KeyPoints.Count >= 3);
    }

    [Fact]
    public async Task ReasoningDeploymentWithoutTheSetting_FailsForGoodNamingTheRejectedParameter()
    {
        // The 400 a reasoning model answers to a temperature other than 1: invalid_request_error with code
        // unsupported_value and param "temperature", the shape of OpenAI "Error codes"
        // (https://platform.openai.com/docs/guides/error-codes) and Azure OpenAI reasoning models, "Not supported"
        // (https://learn.microsoft.com/azure/ai-foundry/openai/how-to/reasoning#not-supported).
        _emulator.Options = _emulator.Options with { ReasoningModels = new HashSet<string> { "reasoner" } };
        using var harness = Azure("reasoner");

        var error = await Assert.ThrowsAsync<SummarizationException>(() => harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power")));

        Assert.Equal(SummarizationFailureKind.Configuration, error.Kind);
        Assert.Contains("Unsupported value: 'temperature' does not support 0 with this model", error.Message, StringComparison.Ordinal);
        Assert.Single(_emulator.Requests);
    }

    [Fact]
    public async Task OpenAIReasoningModel_GetsTheMinimalEffortAndNoTemperature()
    {
        // gpt-5 takes reasoning_effort "minimal": OpenAI reasoning guide (https://platform.openai.com/docs/guides/reasoning).
        _emulator.Options = _emulator.Options with { ReasoningModels = new HashSet<string> { "gpt-5-mini" } };
        using var harness = OpenAI("gpt-5-mini", new() { ["Summarization:ReasoningEffort"] = "minimal", ["Summarization:Temperature"] = "0.3" });

        await harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power"));

        var request = Assert.Single(_emulator.Requests);
        Assert.Equal(200, request.Status);
        Assert.False(request.Sends("temperature"));
        Assert.Equal("minimal", request.Json.GetProperty("reasoning_effort").GetString());
        Assert.Equal(1200, request.Json.GetProperty("max_completion_tokens").GetInt32());
    }

    [Fact]
    public async Task ModelThatIsNotAReasoningOne_KeepsTheTemperatureAndSendsNoEffort()
    {
        using var harness = Azure("summaries", new() { ["Summarization:Temperature"] = "0.2" });

        await harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power"));

        var request = Assert.Single(_emulator.Requests);
        Assert.Equal(0.2, request.Json.GetProperty("temperature").GetDouble(), 3);
        Assert.Equal(1200, request.Json.GetProperty("max_completion_tokens").GetInt32());
        Assert.False(request.Sends("reasoning_effort"));
    }

    [Fact]
    public async Task FilteredPrompt_FailsAtOnceNamingTheCategoriesAndSeverities()
    {
        // The prompt filter's 400: error.code "content_filter", innererror.code "ResponsibleAIPolicyViolation" and
        // innererror.content_filter_result per category: Azure OpenAI content filtering, "Scenario details"
        // (https://learn.microsoft.com/azure/ai-foundry/openai/concepts/content-filter#scenario-details).
        _emulator.Enqueue(ModelEmulatorAnswer.PromptFiltered(new ContentFilterHit("violence", "medium")));
        using var harness = Azure("summaries");

        var error = await Assert.ThrowsAsync<SummarizationException>(() => harness.Summarizer.SummarizeAsync(TestArticles.Seed()));

        Assert.Equal(SummarizationFailureKind.ContentFilter, error.Kind);
        Assert.False(error.IsTransient);
        Assert.Contains("blocked by the content filter: violence (medium)", error.Message, StringComparison.Ordinal);
        Assert.Equal(400, Assert.Single(_emulator.Requests).Status);
    }

    [Fact]
    public async Task FilteredAnswer_FailsAtOnceNamingTheCategoriesAndSeverities()
    {
        // The completion filter: 200 with finish_reason "content_filter" and choices[].content_filter_results:
        // Azure OpenAI content filtering, "Scenario details" (https://learn.microsoft.com/azure/ai-foundry/openai/concepts/content-filter#scenario-details).
        _emulator.Enqueue(ModelEmulatorAnswer.CompletionFiltered(new ContentFilterHit("violence", "high"), new ContentFilterHit("hate", "low")));
        using var harness = Azure("summaries");

        var error = await Assert.ThrowsAsync<SummarizationException>(() => harness.Summarizer.SummarizeAsync(TestArticles.Seed()));

        Assert.Equal(SummarizationFailureKind.ContentFilter, error.Kind);
        Assert.Contains("blocked by the content filter: hate (low), violence (high)", error.Message, StringComparison.Ordinal);
        Assert.Single(_emulator.Requests);
    }

    [Fact]
    public async Task CutOffAnswer_IsAskedOnceMoreWithADoubledLimit_ThenSummarized()
    {
        // finish_reason "length": the answer reached the output limit: Azure OpenAI REST reference, chat completion
        // "finishReason" (https://learn.microsoft.com/azure/ai-foundry/openai/reference#chat-completions).
        _emulator.Options = _emulator.Options with { SummaryTokens = 2000 };
        using var harness = OpenAI("gpt-4o-mini");

        var summary = await harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power"));

        Assert.Equal([1200, 2400], _emulator.Requests.Select(r => r.Json.GetProperty("max_completion_tokens").GetInt32()));
        Assert.Equal(2, summary.Usage.ModelCalls);
        Assert.True(summary.KeyPoints.Count >= 3);
    }

    [Fact]
    public async Task AnswerCutOffAgain_FailsNamingTheLimit()
    {
        _emulator.Options = _emulator.Options with { SummaryTokens = 10_000 };
        using var harness = OpenAI("gpt-4o-mini", new() { ["Summarization:MaxOutputTokensCeiling"] = "3000" });

        var error = await Assert.ThrowsAsync<SummarizationException>(() => harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power")));

        Assert.Equal(SummarizationFailureKind.CutOff, error.Kind);
        Assert.Contains("the answer was cut off at 2400 tokens", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, _emulator.Requests.Count);
    }

    [Fact]
    public async Task ContextLengthExceeded_SplitsTheArticleIntoPartsAndGoesOn()
    {
        // context_length_exceeded: OpenAI "Error codes" (https://platform.openai.com/docs/guides/error-codes) and the
        // Azure OpenAI REST reference's error response (https://learn.microsoft.com/azure/ai-foundry/openai/reference#error).
        _emulator.Options = _emulator.Options with { ContextWindowTokens = 2500 };
        using var harness = OpenAI("gpt-4o-mini", new() { ["Summarization:MaxOutputTokens"] = "600" });

        var summary = await harness.Summarizer.SummarizeAsync(TestArticles.Seed());

        var requests = _emulator.Requests;
        Assert.Equal(400, requests[0].Status);
        Assert.Equal("context_length_exceeded", ErrorCode(requests[0]));
        Assert.Contains(requests, r => r.Status == 200 && r.Messages[^1].Content.Contains("This is part 1 of", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Status == 200 && r.Messages[^1].Content.Contains("BEGIN NOTES", StringComparison.Ordinal));
        Assert.True(summary.KeyPoints.Count >= 3);
        Assert.All(summary.KeyPoints, k => Assert.All(k.Sentences, s => Assert.InRange(s, 0, summary.Sentences.Count - 1)));
    }

    [Fact]
    public async Task ServerThatRefusesJsonSchema_IsAskedInJsonMode_AndTheModeIsRemembered()
    {
        // llama.cpp's server documents response_format json_schema / json_object
        // (https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md); some compatible servers answer
        // 400 to json_schema instead, which the emulator's llama.cpp mode reproduces with llama.cpp's error shape.
        _emulator.Options = new ModelEmulatorOptions { Dialect = ModelServerDialect.LlamaCpp, RejectedResponseFormats = new HashSet<string> { "json_schema" } };
        var model = "qwen-" + Guid.NewGuid().ToString("N");
        using var harness = OpenAI(model, key: null);

        await harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power"));
        await harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power"));

        var requests = _emulator.Requests;
        Assert.Equal(["json_schema", "json_object", "json_object"], requests.Select(r => r.ResponseFormat));
        Assert.Equal([400, 200, 200], requests.Select(r => r.Status));
    }

    [Fact]
    public async Task ServerThatRefusesBothFormats_IsAskedWithThePromptAlone_AndTheFencedAnswerIsRead()
    {
        _emulator.Options = new ModelEmulatorOptions
        {
            Dialect = ModelServerDialect.LlamaCpp,
            RejectedResponseFormats = new HashSet<string> { "json_schema", "json_object" },
        };
        using var harness = OpenAI("llama-" + Guid.NewGuid().ToString("N"), key: null);

        var summary = await harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power"));

        var requests = _emulator.Requests;
        Assert.Equal(["json_schema", "json_object", null], requests.Select(r => r.ResponseFormat));
        Assert.Equal(200, requests[^1].Status);
        Assert.StartsWith("Record temperatures across the southern region", summary.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ollama_TakesTheJsonSchemaWithoutAKey()
    {
        // Ollama's OpenAI compatibility: /v1/chat/completions, no key needed, response_format json_schema supported
        // (https://docs.ollama.com/api/openai-compatibility).
        _emulator.Options = new ModelEmulatorOptions { Dialect = ModelServerDialect.Ollama };
        using var harness = OpenAI("llama3.2", key: null);

        var summary = await harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power"));

        var request = Assert.Single(_emulator.Requests);
        Assert.Equal("json_schema", request.ResponseFormat);
        Assert.Equal("llama3.2", summary.Usage.ModelVersion);
    }

    [Fact]
    public async Task AzureRateLimit_WaitsWhatRetryAfterMsAsks_ThenSummarizes()
    {
        // 429 with retry-after-ms and retry-after: Azure OpenAI quotas and limits, "Rate limit best practices"
        // (https://learn.microsoft.com/azure/ai-foundry/openai/how-to/quota).
        _emulator.Enqueue(ModelEmulatorAnswer.TooManyRequests(TimeSpan.FromMilliseconds(1500)));
        using var harness = Azure("summaries");

        var summary = await harness.Summarizer.SummarizeAsync(TestArticles.News("heatwave-power"));

        var requests = _emulator.Requests;
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(1400), "The retry came before retry-after-ms.");
        Assert.Equal(2, summary.Usage.ModelCalls);
    }

    private static string? ErrorCode(ModelEmulatorRequest request) =>
        JsonDocument.Parse(request.ResponseBody).RootElement.GetProperty("error").GetProperty("code").GetString();

    private KernelArticleSummarizerHarness Azure(string deployment, Dictionary<string, string?>? extra = null) => Harness(extra, new()
    {
        ["Summarization:Provider"] = "AzureOpenAI",
        ["Summarization:Endpoint"] = _emulator.BaseUri.ToString(),
        ["Summarization:Deployment"] = deployment,
        ["Summarization:ApiKey"] = "test-key",
    });

    private KernelArticleSummarizerHarness OpenAI(string model, Dictionary<string, string?>? extra = null, string? key = "test-key") => Harness(extra, new()
    {
        ["Summarization:Provider"] = "OpenAI",
        ["Summarization:Model"] = model,
        ["Summarization:BaseUrl"] = _emulator.OpenAIBaseUrl.ToString(),
        ["Summarization:ApiKey"] = key,
    });

    private static KernelArticleSummarizerHarness Harness(Dictionary<string, string?>? extra, Dictionary<string, string?> settings)
    {
        settings["Summarization:RetryDelay"] = "00:00:00.020";
        settings["Summarization:RequestTimeout"] = "00:00:20";
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return new KernelArticleSummarizerHarness(settings);
    }
}
