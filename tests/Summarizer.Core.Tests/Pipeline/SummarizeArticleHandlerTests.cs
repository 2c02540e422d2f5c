using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core.Access;
using Summarizer.Core.Api;
using Summarizer.Core.Articles;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;
using Summarizer.Core.Summarization;
using Summarizer.Core.Tests.TestInfrastructure;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Pipeline;

[Collection(AzuriteTestGroup.Name)]
public sealed class SummarizeArticleHandlerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly ScriptedSummarizer _summarizer = new();
    private ServiceProvider _services = null!;

    private SummarizeArticleHandler Handler => _services.GetRequiredService<SummarizeArticleHandler>();

    private ArticleIndex Index => _services.GetRequiredService<ArticleIndex>();

    private ArticleDocumentStore Documents => _services.GetRequiredService<ArticleDocumentStore>();

    public async Task InitializeAsync() => _services = await PipelineServices.CreateAsync(azurite.ConnectionString, _summarizer);

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Handle_StoresTldrSummaryAndGroundedKeyPoints_AndMarksRowSummarized()
    {
        var request = await CleanedArticleAsync();

        var outcome = await Handler.HandleAsync(SummarizeQueue.Serialize(request), 1, default);

        Assert.Equal(SummarizeOutcome.Summarized, outcome);
        var entry = await Index.GetAsync(request.Id, default);
        Assert.Equal(ArticleStatus.Summarized, entry!.Status);
        Assert.Equal("scripted", entry.Model);
        Assert.Equal(10, entry.PromptTokens);
        var summary = await Documents.GetSummaryAsync(request.Id, default);
        Assert.NotNull(summary);
        Assert.Equal("Scripted TL;DR.", summary.Tldr);
        var point = Assert.Single(summary.KeyPoints);
        Assert.Equal([0], point.Sentences);
        Assert.Equal(point.Text, Assert.Single(point.Sources));
    }

    [Fact]
    public async Task Handle_DuplicateMessage_SummarizesOnce()
    {
        var request = await CleanedArticleAsync();
        var message = SummarizeQueue.Serialize(request);

        await Handler.HandleAsync(message, 1, default);
        var after = await Index.GetAsync(request.Id, default);
        var second = await Handler.HandleAsync(message, 1, default);

        Assert.Equal(SummarizeOutcome.Dropped, second);
        Assert.Equal(1, _summarizer.Calls);
        Assert.Equal(after!.ETag, (await Index.GetAsync(request.Id, default))!.ETag);
    }

    [Fact]
    public async Task Handle_MessageForOlderVersion_IsDropped()
    {
        var request = await CleanedArticleAsync();
        var entry = (await Index.GetAsync(request.Id, default))!;
        await Index.TryReplaceAsync(entry with { Version = 2 }, default);

        Assert.Equal(SummarizeOutcome.Dropped, await Handler.HandleAsync(SummarizeQueue.Serialize(request), 1, default));
        Assert.Equal(0, _summarizer.Calls);
    }

    [Fact]
    public async Task Handle_MessageAheadOfTheIndex_AsksForRedelivery()
    {
        var request = await CleanedArticleAsync();

        await Assert.ThrowsAsync<ArticleNotReadyException>(() =>
            Handler.HandleAsync(SummarizeQueue.Serialize(request with { Version = 2 }), 1, default));
    }

    [Fact]
    public async Task Handle_TransientFailure_QueuesADelayedSuccessor_AndLeavesRowCleanedWithRetryAt()
    {
        var request = await CleanedArticleAsync();
        await Queue.ClearMessagesAsync();
        _summarizer.Behaviour = _ => throw new SummarizationException("HTTP 429 Too Many Requests", isTransient: true);
        var before = DateTimeOffset.UtcNow;

        // The last delivery the queue allows: a transient failure does not count against it.
        var outcome = await Handler.HandleAsync(SummarizeQueue.Serialize(request), 5, default);

        Assert.Equal(SummarizeOutcome.RetryLater, outcome);
        var entry = (await Index.GetAsync(request.Id, default))!;
        Assert.Equal(ArticleStatus.Cleaned, entry.Status);
        Assert.Equal(1, entry.TransientFailures);
        Assert.Equal("HTTP 429 Too Many Requests", entry.LastTransientError);
        Assert.InRange(entry.RetryAt!.Value, before, DateTimeOffset.UtcNow.AddSeconds(10));
        Assert.InRange(entry.FirstTransientFailureAt!.Value, before, DateTimeOffset.UtcNow);
        Assert.Null(await Documents.GetSummaryAsync(request.Id, default));

        // The successor is invisible until its delay (at most the first 10 s) has passed, and carries the count.
        var successor = await ReceiveWithinAsync(request.Id, TimeSpan.FromSeconds(15));
        Assert.Equal(1, successor.Attempt);
        Assert.Equal(entry.FirstTransientFailureAt, successor.FirstTransientFailureAt);
        Assert.True(DateTimeOffset.UtcNow >= entry.RetryAt.Value.AddSeconds(-1), "The successor was delivered before its delay.");
    }

    [Fact]
    public async Task Handle_TransientFailuresThenSuccess_SummarizesFromTheSuccessor_AndDropsTheOriginalRedelivered()
    {
        await using var services = await PipelineServices.CreateAsync(azurite.ConnectionString, _summarizer, FastRetries);
        var handler = services.GetRequiredService<SummarizeArticleHandler>();
        var request = await CleanedArticleAsync(services);
        await Queue.ClearMessagesAsync();
        var failures = 0;
        _summarizer.Behaviour = article => ++failures <= 3 ? throw new SummarizationException("HTTP 503", isTransient: true) : new ScriptedSummarizer().Behaviour(article);

        var message = SummarizeQueue.Serialize(request);
        Assert.Equal(SummarizeOutcome.RetryLater, await handler.HandleAsync(message, 1, default));
        for (var i = 0; i < 3; i++)
        {
            var successor = await ReceiveWithinAsync(request.Id, TimeSpan.FromSeconds(10));
            var expected = i < 2 ? SummarizeOutcome.RetryLater : SummarizeOutcome.Summarized;
            Assert.Equal(expected, await handler.HandleAsync(SummarizeQueue.Serialize(successor), 1, default));
        }

        // The original, delivered again as after a crash before it was completed, is superseded and then done.
        Assert.Equal(SummarizeOutcome.Dropped, await handler.HandleAsync(message, 2, default));
        var entry = (await Index.GetAsync(request.Id, default))!;
        Assert.Equal(ArticleStatus.Summarized, entry.Status);
        Assert.Null(entry.RetryAt);
        Assert.Null(entry.TransientFailures);
        Assert.Null(entry.FallbackReason);
        Assert.Equal(4, _summarizer.Calls);
    }

    [Fact]
    public async Task Handle_OriginalRedeliveredAfterItsSuccessorWasRecorded_IsDroppedAsSuperseded()
    {
        var request = await CleanedArticleAsync();
        _summarizer.Behaviour = _ => throw new SummarizationException("HTTP 500", isTransient: true);
        Assert.Equal(SummarizeOutcome.RetryLater, await Handler.HandleAsync(SummarizeQueue.Serialize(request), 1, default));
        var calls = _summarizer.Calls;

        Assert.Equal(SummarizeOutcome.Dropped, await Handler.HandleAsync(SummarizeQueue.Serialize(request), 2, default));

        Assert.Equal(calls, _summarizer.Calls);
    }

    [Fact]
    public async Task Handle_TransientFailurePastTheWindow_WithoutFallback_MarksFailedWithTheAttempts()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var services = await PipelineServices.CreateAsync(azurite.ConnectionString, _summarizer, ChatProvider("None"), clock);
        var request = await CleanedArticleAsync(services);
        _summarizer.Behaviour = _ => throw new SummarizationException("HTTP 429 Too Many Requests", isTransient: true);
        var late = request with { Attempt = 40, FirstTransientFailureAt = clock.Now - TimeSpan.FromHours(6) };

        var outcome = await services.GetRequiredService<SummarizeArticleHandler>().HandleAsync(SummarizeQueue.Serialize(late), 1, default);

        Assert.Equal(SummarizeOutcome.Failed, outcome);
        var entry = (await Index.GetAsync(request.Id, default))!;
        Assert.Equal(ArticleStatus.Failed, entry.Status);
        Assert.Equal("Gave up after 41 attempts over 360 minutes: HTTP 429 Too Many Requests", entry.Error);
        Assert.Null(entry.FallbackReason);
        Assert.Null(await Documents.GetSummaryAsync(request.Id, default));
    }

    [Fact]
    public async Task Handle_TransientFailurePastTheWindow_WithFallback_SummarizesOfflineWithTheReason()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var services = await PipelineServices.CreateAsync(azurite.ConnectionString, _summarizer, ChatProvider(null), clock);
        var request = await CleanedArticleAsync(services);
        _summarizer.Behaviour = _ => throw new SummarizationException("HTTP 503", isTransient: true);
        var late = request with { Attempt = 12, FirstTransientFailureAt = clock.Now - TimeSpan.FromHours(7) };

        var outcome = await services.GetRequiredService<SummarizeArticleHandler>().HandleAsync(SummarizeQueue.Serialize(late), 1, default);

        Assert.Equal(SummarizeOutcome.SummarizedOffline, outcome);
        var entry = (await Index.GetAsync(request.Id, default))!;
        Assert.Equal(ArticleStatus.Summarized, entry.Status);
        Assert.Equal("Offline", entry.Provider);
        Assert.Equal("Gave up after 13 attempts over 420 minutes: HTTP 503", entry.FallbackReason);
        Assert.Null(entry.RetryAt);
    }

    [Fact]
    public async Task Handle_Refusal_WithAChatProvider_SummarizesOffline_AndRetrySendsItToTheModelAgain()
    {
        await using var services = await PipelineServices.CreateAsync(azurite.ConnectionString, _summarizer, ChatProvider(null));
        var handler = services.GetRequiredService<SummarizeArticleHandler>();
        var request = await CleanedArticleAsync(services);
        const string Refusal = "blocked by the content filter: violence (medium)";
        _summarizer.Behaviour = _ => throw new SummarizationException(Refusal, isTransient: false);

        Assert.Equal(SummarizeOutcome.SummarizedOffline, await handler.HandleAsync(SummarizeQueue.Serialize(request), 1, default));

        var entry = (await Index.GetAsync(request.Id, default))!;
        Assert.Equal((ArticleStatus.Summarized, "Offline", Refusal), (entry.Status, entry.Provider, entry.FallbackReason));
        Assert.Null(entry.Error);
        var document = (await Documents.GetSummaryAsync(request.Id, default))!;
        Assert.Equal(Refusal, document.FallbackReason);
        Assert.Equal(("Offline", OfflineSummarizer.ModelName), (document.Usage.Provider, document.Usage.Model));
        Assert.False(string.IsNullOrWhiteSpace(document.Summary));
        var view = ReadJson(await services.GetRequiredService<ArticleApi>().GetSummaryAsync(Caller.Local, request.Id, default));
        Assert.Equal(Refusal, view.GetProperty("fallbackReason").GetString());
        Assert.Equal("Offline", view.GetProperty("provider").GetString());

        await Queue.ClearMessagesAsync();
        var retry = await services.GetRequiredService<ArticleApi>().RetryAsync(Caller.Local, request.Id, default);
        Assert.Equal(202, retry.StatusCode);
        var retried = (await Index.GetAsync(request.Id, default))!;
        Assert.Equal(ArticleStatus.Cleaned, retried.Status);
        Assert.Null(retried.FallbackReason);
        _summarizer.Behaviour = new ScriptedSummarizer().Behaviour;
        var message = await ReceiveWithinAsync(request.Id, TimeSpan.FromSeconds(5));

        Assert.Equal(SummarizeOutcome.Summarized, await handler.HandleAsync(SummarizeQueue.Serialize(message), 1, default));
        var done = (await Index.GetAsync(request.Id, default))!;
        Assert.Equal(("Test", (string?)null), (done.Provider, done.FallbackReason));
        Assert.Null((await Documents.GetSummaryAsync(request.Id, default))!.FallbackReason);
    }

    [Fact]
    public async Task Handle_Refusal_WithFallbackNone_MarksFailed()
    {
        await using var services = await PipelineServices.CreateAsync(azurite.ConnectionString, _summarizer, ChatProvider("None"));
        var request = await CleanedArticleAsync(services);
        _summarizer.Behaviour = _ => throw new SummarizationException("blocked by the content filter: hate (high)", isTransient: false);

        var outcome = await services.GetRequiredService<SummarizeArticleHandler>().HandleAsync(SummarizeQueue.Serialize(request), 1, default);

        Assert.Equal(SummarizeOutcome.Failed, outcome);
        Assert.Equal("blocked by the content filter: hate (high)", (await Index.GetAsync(request.Id, default))!.Error);
    }

    [Fact]
    public async Task Retry_OfAModelSummary_IsRefused()
    {
        var request = await CleanedArticleAsync();
        await Handler.HandleAsync(SummarizeQueue.Serialize(request), 1, default);

        var retry = await _services.GetRequiredService<ArticleApi>().RetryAsync(Caller.Local, request.Id, default);

        Assert.Equal(409, retry.StatusCode);
    }

    [Fact]
    public async Task Handle_StorageFailureOnLastDelivery_StillMarksFailedForThePoisonQueue()
    {
        var request = await CleanedArticleAsync();
        _summarizer.Behaviour = _ => throw new InvalidOperationException("The summaries container is unreachable.");

        await Assert.ThrowsAsync<InvalidOperationException>(() => Handler.HandleAsync(SummarizeQueue.Serialize(request), 5, default));

        var entry = await Index.GetAsync(request.Id, default);
        Assert.Equal(ArticleStatus.Failed, entry!.Status);
        Assert.Contains("5 attempts", entry.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_PermanentFailure_MarksFailedAtOnce()
    {
        var request = await CleanedArticleAsync();
        _summarizer.Behaviour = _ => throw new SummarizationException("The model's answer was not valid JSON after a repair attempt.", isTransient: false);

        var outcome = await Handler.HandleAsync(SummarizeQueue.Serialize(request), 1, default);

        Assert.Equal(SummarizeOutcome.Failed, outcome);
        var entry = await Index.GetAsync(request.Id, default);
        Assert.Equal(ArticleStatus.Failed, entry!.Status);
        Assert.Contains("not valid JSON", entry.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"id\":\"x' or RowKey ne '\",\"version\":1,\"contentHash\":\"h\"}")]
    [InlineData("{}")]
    public async Task Handle_UnreadableMessage_IsDropped(string message)
    {
        Assert.Equal(SummarizeOutcome.Dropped, await Handler.HandleAsync(message, 1, default));
        Assert.Equal(0, _summarizer.Calls);
    }

    /// <summary>A chat provider that is never called (the scripted summarizer stands in for it), with <paramref name="fallback"/>.</summary>
    private static Dictionary<string, string?> ChatProvider(string? fallback) => new()
    {
        ["Summarization:Provider"] = "OpenAI",
        ["Summarization:Model"] = "gpt-4o-mini",
        ["Summarization:BaseUrl"] = "http://127.0.0.1:9/v1/",
        ["Summarization:Fallback"] = fallback,
    };

    private static Dictionary<string, string?> FastRetries => new()
    {
        ["Summarization:TransientRetryDelay"] = "00:00:00.050",
        ["Summarization:TransientRetryMaxDelay"] = "00:00:00.100",
    };

    private QueueClient Queue => _services.GetRequiredService<StorageClients>().Queue(StorageNames.SummarizeQueue);

    private static JsonElement ReadJson(ApiResponse response)
    {
        Assert.Equal(200, response.StatusCode);
        return JsonDocument.Parse(response.Body).RootElement.Clone();
    }

    /// <summary>Receives (and deletes) the next message for article <paramref name="id"/>, waiting for it to become visible.</summary>
    private async Task<SummarizeRequest> ReceiveWithinAsync(string id, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var message in (await Queue.ReceiveMessagesAsync(32)).Value)
            {
                await Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                if (SummarizeQueue.TryParse(message.MessageText) is { } request && request.Id == id)
                {
                    return request;
                }
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No message for article {id} became visible within {wait}.");
    }

    private Task<SummarizeRequest> CleanedArticleAsync() => CleanedArticleAsync(_services);

    private static async Task<SummarizeRequest> CleanedArticleAsync(IServiceProvider services)
    {
        var name = PipelineServices.UniqueName("summarize");
        var articles = services.GetRequiredService<StorageClients>().Container(StorageNames.ArticlesContainer);
        await articles.GetBlobClient(name).UploadAsync(new BinaryData(TestFiles.Bytes("Pipeline/short-article.txt")));
        Assert.Equal(CleanOutcome.Cleaned, await services.GetRequiredService<CleanArticleHandler>().HandleAsync(name, default));
        var entry = (await services.GetRequiredService<ArticleIndex>().GetAsync(ArticleId.FromBlobName(name), default))!;
        return new SummarizeRequest(entry.Id, entry.Version, entry.ContentHash!);
    }
}
