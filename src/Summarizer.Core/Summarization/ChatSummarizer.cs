using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using ChatCompletion = OpenAI.Chat.ChatCompletion;
using ChatResponseFormat = OpenAI.Chat.ChatResponseFormat;

namespace Summarizer.Core.Summarization;

/// <summary>
/// Summarizes with a chat model: one structured-output call per article that fits the token budget, or a summary per
/// part and one of the whole (map-reduce) for longer ones; each answer is validated, and an invalid one is sent back
/// once for repair before the article is given up.
/// </summary>
public sealed class ChatSummarizer : IDisposable
{
    private const int MinKeyPoints = 3;

    private readonly Kernel _kernel;
    private readonly SummarizationOptions _options;
    private readonly ILogger<ChatSummarizer> _logger;
    private readonly TokenBudget _budget;
    private readonly SemaphoreSlim _concurrentCalls;
    private readonly KernelFunction _summarize;
    private readonly KernelFunction _summarizeRepair;
    private readonly KernelFunction _combine;
    private readonly KernelFunction _combineRepair;

    public ChatSummarizer(Kernel kernel, SummarizationOptions options, ILogger<ChatSummarizer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _kernel = kernel;
        _options = options;
        _logger = logger;
        _budget = new TokenBudget(ModelForTokens(options));
        _concurrentCalls = new SemaphoreSlim(options.MaxConcurrentCalls, options.MaxConcurrentCalls);
        _summarize = Prompt("summarize_article", SummaryPrompts.Summarize);
        _summarizeRepair = Prompt("repair_article_summary", SummaryPrompts.Summarize + SummaryPrompts.Repair);
        _combine = Prompt("combine_part_summaries", SummaryPrompts.Combine);
        _combineRepair = Prompt("repair_combined_summary", SummaryPrompts.Combine + SummaryPrompts.Repair);
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
            throw new SummarizationException("The article has no sentences to summarize.", isTransient: false);
        }

        var calls = ModelCallCounter.Start();
        var usage = new ArticleCall(
            length?.SummarySentences ?? _options.SummarySentences,
            length?.MaxKeyPoints ?? _options.MaxKeyPoints);
        var whole = Number(article.Sentences);
        ModelSummary result;
        if (_budget.Count(whole) <= _options.MaxInputTokens)
        {
            result = await SummarizePartAsync(article, article.Sentences, string.Empty, usage, cancellationToken);
        }
        else
        {
            var parts = ArticleChunker.Split(article.Sentences, _options.ChunkTokens, _budget.Count);
            _logger.LogInformation("Summarizing {Title} in {Parts} parts ({Sentences} sentences)", article.Title, parts.Count, article.Sentences.Count);
            ModelSummary[] notes = await Task.WhenAll(parts.Select((part, i) => SummarizePartAsync(
                article,
                part,
                string.Create(CultureInfo.InvariantCulture, $"This is part {i + 1} of {parts.Count} of the article; summarize this part."),
                usage,
                cancellationToken)));
            result = await CombineAsync(article, notes, usage, cancellationToken);
        }

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
        var repairArguments = new KernelArguments(arguments, arguments.ExecutionSettings?.ToDictionary())
        {
            ["previousAnswer"] = answer,
            ["problems"] = problems,
        };
        answer = await InvokeAsync(repair, repairArguments, usage, cancellationToken);
        validation = SummaryResponseValidator.Validate(answer, first, last, minKeyPoints, usage.MaxKeyPoints);
        return validation.Summary ?? throw new SummarizationException(
            "The model's answer was invalid after one repair attempt: " + string.Join(" ", validation.Problems),
            isTransient: false);
    }

    private async Task<string> InvokeAsync(KernelFunction function, KernelArguments arguments, ArticleCall usage, CancellationToken cancellationToken)
    {
        await _concurrentCalls.WaitAsync(cancellationToken);
        try
        {
            var result = await function.InvokeAsync(_kernel, arguments, cancellationToken);
            var message = result.GetValue<ChatMessageContent>();
            usage.Add(message);
            return message?.Content ?? string.Empty;
        }
        catch (Exception e) when (e is not SummarizationException && !cancellationToken.IsCancellationRequested)
        {
            var transient = ModelFailure.IsTransient(e);
            _logger.LogWarning(e, "Model call failed ({Transient}): {Reason}", transient ? "transient" : "permanent", ModelFailure.Describe(e));
            throw new SummarizationException($"The model call failed: {ModelFailure.Describe(e)}.", transient, e);
        }
        finally
        {
            _concurrentCalls.Release();
        }
    }

    private KernelArguments Arguments(NumberedArticle article, int minKeyPoints, ArticleCall length) => new(ExecutionSettings())
    {
        ["title"] = article.Title,
        ["languageHint"] = string.IsNullOrWhiteSpace(article.Language) ? string.Empty : $" (language code: {article.Language})",
        ["summarySentences"] = length.SummarySentences.ToString(CultureInfo.InvariantCulture),
        ["minKeyPoints"] = minKeyPoints.ToString(CultureInfo.InvariantCulture),
        ["maxKeyPoints"] = length.MaxKeyPoints.ToString(CultureInfo.InvariantCulture),
    };

    private OpenAIPromptExecutionSettings ExecutionSettings()
    {
        var settings = _options.GetProvider() == SummaryProvider.AzureOpenAI ? new AzureOpenAIPromptExecutionSettings() : new OpenAIPromptExecutionSettings();
        settings.ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat("article_summary", SummaryPrompts.ResponseSchema, jsonSchemaIsStrict: true);
        settings.MaxTokens = _options.MaxOutputTokens;
        settings.Temperature = _options.Temperature;
        return settings;
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
            if (message?.InnerContent is ChatCompletion completion)
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
