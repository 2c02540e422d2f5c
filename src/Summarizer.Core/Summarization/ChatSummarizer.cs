using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using ChatFinishReason = OpenAI.Chat.ChatFinishReason;
using ChatCompletion = OpenAI.Chat.ChatCompletion;

namespace Summarizer.Core.Summarization;

/// <summary>
/// Summarizes with a chat model: one structured-output call per article that fits the token budget, or a summary per
/// part and one of the whole (map-reduce) for longer ones; each answer is validated, and an invalid one is sent back
/// once for repair before the article is given up. A filtered prompt or answer fails at once; a cut-off answer is
/// asked for once more with a larger output limit; an article that overflows the model's context is split into
/// smaller parts; a server that refuses the response schema is asked in JSON mode, then with the prompt alone.
/// </summary>
public sealed class ChatSummarizer : IDisposable
{
    private const int MinKeyPoints = 3;
    private const int MinChunkTokens = 128;
    private const int MaxContextSplits = 3;
    private static readonly JsonElement ResponseSchema = JsonDocument.Parse(SummaryPrompts.ResponseSchema).RootElement.Clone();

    private readonly Kernel _kernel;
    private readonly SummarizationOptions _options;
    private readonly ILogger<ChatSummarizer> _logger;
    private readonly TokenBudget _budget;
    private readonly SemaphoreSlim _concurrentCalls;
    private readonly KernelFunction _summarize;
    private readonly KernelFunction _summarizeRepair;
    private readonly KernelFunction _combine;
    private readonly KernelFunction _combineRepair;
    private readonly ChatResponseModes _responseModes;
    private readonly string _endpoint;
    private int _inputBudget;

    public ChatSummarizer(Kernel kernel, SummarizationOptions options, ILogger<ChatSummarizer> logger)
        : this(kernel, options, logger, ChatResponseModes.Shared)
    {
    }

    internal ChatSummarizer(Kernel kernel, SummarizationOptions options, ILogger<ChatSummarizer> logger, ChatResponseModes responseModes)
    {
        ArgumentNullException.ThrowIfNull(options);
        _responseModes = responseModes;
        _inputBudget = options.MaxInputTokens;
        _kernel = kernel;
        _options = options;
        _logger = logger;
        _budget = new TokenBudget(ModelForTokens(options));
        _concurrentCalls = new SemaphoreSlim(options.MaxConcurrentCalls, options.MaxConcurrentCalls);
        _summarize = Prompt("summarize_article", SummaryPrompts.Summarize);
        _summarizeRepair = Prompt("repair_article_summary", SummaryPrompts.Summarize + SummaryPrompts.Repair);
        _combine = Prompt("combine_part_summaries", SummaryPrompts.Combine);
        _combineRepair = Prompt("repair_combined_summary", SummaryPrompts.Combine + SummaryPrompts.Repair);
        _endpoint = $"{options.Endpoint ?? options.BaseUrl}|{ModelName}";
    }

    /// <summary>The deployment or model name recorded with each summary.</summary>
    public string ModelName => _options.GetProvider() == SummaryProvider.AzureOpenAI ? _options.Deployment! : _options.Model!;

    public Task<ArticleSummary> SummarizeAsync(NumberedArticle article, CancellationToken cancellationToken) =>
        SummarizeAsync(article, null, cancellationToken);

    /// <summary>Summarizes <paramref name="article"/> at its own <paramref name="length"/> where it sets one.</summary>
    public async Task<ArticleSummary> SummarizeAsync(NumberedArticle article, SummaryLength? length, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Sentences.Count == 0)
        {
            throw new SummarizationException("The article has no sentences to summarize.", SummarizationFailureKind.InvalidArticle);
        }

        var calls = ModelCallCounter.Start();
        var usage = new ArticleCall(
            length?.SummarySentences ?? _options.SummarySentences,
            length?.MaxKeyPoints ?? _options.MaxKeyPoints);
        var result = await SummarizeWholeOrInPartsAsync(article, usage, cancellationToken);

        return new ArticleSummary(
            result.Summary,
            result.KeyPoints,
            article.Texts,
            new SummaryUsage(_options.GetProvider().ToString(), ModelName, usage.ModelVersion ?? ModelName, usage.PromptTokens, usage.CompletionTokens, calls.Count))
        {
            Tldr = result.Tldr,
        };
    }

    public void Dispose() => _concurrentCalls.Dispose();

    // One call when the article fits the input budget, else map-reduce; a context overflow lowers the budget for the
    // process and splits again, a few times at most.
    private async Task<ModelSummary> SummarizeWholeOrInPartsAsync(NumberedArticle article, ArticleCall usage, CancellationToken cancellationToken)
    {
        var budget = Volatile.Read(ref _inputBudget);
        var chunkTokens = Math.Min(_options.ChunkTokens, budget);
        var whole = _budget.Count(Number(article.Sentences));
        if (whole <= budget)
        {
            try
            {
                return await SummarizePartAsync(article, article.Sentences, string.Empty, usage, cancellationToken);
            }
            catch (SummarizationException e) when (e.Kind == SummarizationFailureKind.ContextLength && article.Sentences.Count > 1)
            {
                chunkTokens = Shrink(whole);
            }
        }

        for (var split = 0; ; split++)
        {
            try
            {
                return await SummarizeInPartsAsync(article, chunkTokens, usage, cancellationToken);
            }
            catch (SummarizationException e) when (e.Kind == SummarizationFailureKind.ContextLength && split < MaxContextSplits && chunkTokens > MinChunkTokens)
            {
                chunkTokens = Shrink(chunkTokens);
            }
        }
    }

    private async Task<ModelSummary> SummarizeInPartsAsync(NumberedArticle article, int chunkTokens, ArticleCall usage, CancellationToken cancellationToken)
    {
        var parts = ArticleChunker.Split(article.Sentences, chunkTokens, _budget.Count);
        _logger.LogInformation("Summarizing {Title} in {Parts} parts ({Sentences} sentences)", article.Title, parts.Count, article.Sentences.Count);
        ModelSummary[] notes = await Task.WhenAll(parts.Select((part, i) => SummarizePartAsync(
            article,
            part,
            string.Create(CultureInfo.InvariantCulture, $"This is part {i + 1} of {parts.Count} of the article; summarize this part."),
            usage,
            cancellationToken)));
        return await CombineAsync(article, notes, usage, cancellationToken);
    }

    // Halves the prompt size that overflowed and keeps the lower budget for the articles that follow.
    private int Shrink(int overflowed)
    {
        var smaller = Math.Max(MinChunkTokens, overflowed / 2);
        int known;
        while (smaller < (known = Volatile.Read(ref _inputBudget)) && Interlocked.CompareExchange(ref _inputBudget, smaller, known) != known)
        {
        }

        _logger.LogWarning("The model's context was exceeded by a prompt of about {Tokens} tokens; summarizing in parts of at most {Budget} tokens", overflowed, smaller);
        return Math.Min(_options.ChunkTokens, smaller);
    }

    private Task<ModelSummary> SummarizePartAsync(NumberedArticle article, IReadOnlyList<ArticleSentence> part, string scope, ArticleCall usage, CancellationToken cancellationToken)
    {
        var arguments = Arguments(article, Math.Min(MinKeyPoints, part.Count), usage);
        arguments["scope"] = scope;
        arguments["sentences"] = Number(part);
        return AskAsync(_summarize, _summarizeRepair, arguments, part[0].Index + 1, part[^1].Index + 1, usage, cancellationToken);
    }

    private Task<ModelSummary> CombineAsync(NumberedArticle article, ModelSummary[] notes, ArticleCall usage, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        for (var i = 0; i < notes.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Part {i + 1} summary: {notes[i].Summary}\nPart {i + 1} key points:\n");
            foreach (var point in notes[i].KeyPoints)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {point.Text} [{string.Join(", ", point.Sentences.Select(s => s + 1))}]\n");
            }

            text.Append('\n');
        }

        var arguments = Arguments(article, Math.Min(MinKeyPoints, article.Sentences.Count), usage);
        arguments["notes"] = text.ToString().TrimEnd();
        return AskAsync(_combine, _combineRepair, arguments, 1, article.Sentences.Count, usage, cancellationToken);
    }

    private async Task<ModelSummary> AskAsync(
        KernelFunction function, KernelFunction repair, KernelArguments arguments, int first, int last, ArticleCall usage, CancellationToken cancellationToken)
    {
        var minKeyPoints = int.Parse((string)arguments["minKeyPoints"]!, CultureInfo.InvariantCulture);
        var answer = await InvokeAsync(function, arguments, usage, cancellationToken);
        var validation = SummaryResponseValidator.Validate(answer, first, last, minKeyPoints, usage.MaxKeyPoints);
        if (validation.IsValid)
        {
            return validation.Summary!;
        }

        var problems = string.Join(" ", validation.Problems);
        _logger.LogWarning("The model's answer was invalid, asking once for a repair: {Problems}", problems);
        var repairArguments = new KernelArguments(arguments)
        {
            ["previousAnswer"] = answer,
            ["problems"] = problems,
        };
        answer = await InvokeAsync(repair, repairArguments, usage, cancellationToken);
        validation = SummaryResponseValidator.Validate(answer, first, last, minKeyPoints, usage.MaxKeyPoints);
        return validation.Summary ?? throw new SummarizationException(
            "The model's answer was invalid after one repair attempt: " + string.Join(" ", validation.Problems),
            SummarizationFailureKind.InvalidAnswer);
    }

    // One model call, asked again on a refused response format (remembered for the process) and once on a cut-off
    // answer with a larger output limit; a filtered prompt or answer fails at once.
    private async Task<string> InvokeAsync(KernelFunction function, KernelArguments arguments, ArticleCall usage, CancellationToken cancellationToken)
    {
        var outputLimit = _options.MaxOutputTokens;
        var widened = false;
        while (true)
        {
            var mode = _responseModes.Get(_endpoint);
            var message = await CallAsync(function, new KernelArguments(arguments, Settings(mode, outputLimit)), mode, cancellationToken);
            if (message is null)
            {
                continue;
            }

            usage.Add(message);
            var finish = ChatAnswer.FinishReason(message);
            if (finish == ChatFinishReason.ContentFilter)
            {
                var reason = "The answer was withheld: " + ContentFilterReason.Describe(ChatAnswer.FilteredCategories(message)) + ".";
                _logger.LogWarning("Model answer filtered: {Reason}", reason);
                throw new SummarizationException(reason, SummarizationFailureKind.ContentFilter);
            }

            if (finish == ChatFinishReason.Length)
            {
                var larger = Math.Min(outputLimit * 2, _options.MaxOutputTokensCeiling);
                if (!widened && larger > outputLimit)
                {
                    _logger.LogWarning("The model's answer was cut off at {Tokens} tokens; asking again with up to {Larger}", outputLimit, larger);
                    (outputLimit, widened) = (larger, true);
                    continue;
                }

                throw new SummarizationException(
                    string.Create(CultureInfo.InvariantCulture, $"The model stopped early: the answer was cut off at {outputLimit} tokens."),
                    SummarizationFailureKind.CutOff);
            }

            return message.Content ?? string.Empty;
        }
    }

    // Null when the server refused the response format and a laxer one is to be tried.
    private async Task<ChatMessageContent?> CallAsync(KernelFunction function, KernelArguments arguments, ChatResponseMode mode, CancellationToken cancellationToken)
    {
        await _concurrentCalls.WaitAsync(cancellationToken);
        try
        {
            var result = await function.InvokeAsync(_kernel, arguments, cancellationToken);
            return result.GetValue<ChatMessageContent>() ?? throw new SummarizationException("The model returned no message.", SummarizationFailureKind.Transient);
        }
        catch (Exception e) when (e is not SummarizationException && !cancellationToken.IsCancellationRequested)
        {
            var failure = ModelFailure.Classify(e);
            if (failure.RejectsResponseFormat && mode != ChatResponseMode.PromptOnly)
            {
                var next = _responseModes.Downgrade(_endpoint, mode);
                _logger.LogWarning("The model endpoint refused response format {Mode}; using {Next} from now on: {Reason}", mode, next, failure.Reason);
                return null;
            }

            _logger.LogWarning(e, "Model call failed ({Kind}): {Reason}", failure.Kind, failure.Reason);
            throw new SummarizationException(failure.Reason, failure.Kind, e);
        }
        finally
        {
            _concurrentCalls.Release();
        }
    }

    private static KernelArguments Arguments(NumberedArticle article, int minKeyPoints, ArticleCall length) => new()
    {
        ["title"] = article.Title,
        ["languageHint"] = string.IsNullOrWhiteSpace(article.Language) ? string.Empty : $" (language code: {article.Language})",
        ["summarySentences"] = length.SummarySentences.ToString(CultureInfo.InvariantCulture),
        ["minKeyPoints"] = minKeyPoints.ToString(CultureInfo.InvariantCulture),
        ["maxKeyPoints"] = length.MaxKeyPoints.ToString(CultureInfo.InvariantCulture),
    };

    // Provider-neutral settings that Semantic Kernel turns into chat options; ChatRequestShaping adds the rest.
    private Dictionary<string, PromptExecutionSettings> Settings(ChatResponseMode mode, int outputLimit)
    {
        var data = new Dictionary<string, object> { ["max_tokens"] = outputLimit };
        if (_options.GetReasoningEffort() is { } effort)
        {
            data[ChatRequestShaping.ReasoningEffortKey] = effort;
        }
        else
        {
            data["temperature"] = _options.Temperature;
        }

        switch (mode)
        {
            case ChatResponseMode.JsonSchema:
                data["response_format"] = ResponseSchema;
                break;
            case ChatResponseMode.JsonObject:
                data["response_format"] = "json_object";
                break;
        }

        return new() { [PromptExecutionSettings.DefaultServiceId] = new PromptExecutionSettings { ExtensionData = data } };
    }

    private static KernelFunction Prompt(string name, string template) =>
        KernelFunctionFactory.CreateFromPrompt(new PromptTemplateConfig(template) { Name = name });

    private static string Number(IEnumerable<ArticleSentence> sentences)
    {
        var text = new StringBuilder();
        var paragraph = -1;
        foreach (var sentence in sentences)
        {
            if (paragraph >= 0 && sentence.Paragraph != paragraph)
            {
                text.Append('\n');
            }

            paragraph = sentence.Paragraph;
            text.Append(CultureInfo.InvariantCulture, $"[{sentence.Index + 1}] {sentence.Text}\n");
        }

        return text.ToString().TrimEnd();
    }

    private static string? ModelForTokens(SummarizationOptions options) =>
        options.GetProvider() == SummaryProvider.AzureOpenAI ? options.Model ?? options.Deployment : options.Model;

    // One article's summary length, and its token counts and model version over its calls, which may run concurrently.
    private sealed class ArticleCall(int summarySentences, int maxKeyPoints)
    {
        public int SummarySentences => summarySentences;

        public int MaxKeyPoints => maxKeyPoints;

        private int _promptTokens;
        private int _completionTokens;

        public int PromptTokens => _promptTokens;

        public int CompletionTokens => _completionTokens;

        public string? ModelVersion { get; private set; }

        public void Add(ChatMessageContent? message)
        {
            if (ChatAnswer.Completion(message) is { } completion)
            {
                ModelVersion ??= completion.Model;
                if (completion.Usage is { } tokens)
                {
                    Interlocked.Add(ref _promptTokens, tokens.InputTokenCount);
                    Interlocked.Add(ref _completionTokens, tokens.OutputTokenCount);
                }
            }
        }
    }
}
