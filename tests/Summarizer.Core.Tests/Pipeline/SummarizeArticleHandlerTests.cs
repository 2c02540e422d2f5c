using Microsoft.Extensions.DependencyInjection;
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
    public async Task Handle_TransientFailureBeforeLastDelivery_ThrowsAndLeavesRowCleaned()
    {
        var request = await CleanedArticleAsync();
        _summarizer.Behaviour = _ => throw new SummarizationException("HTTP 429 Too Many Requests", isTransient: true);

        await Assert.ThrowsAsync<SummarizationException>(() => Handler.HandleAsync(SummarizeQueue.Serialize(request), 4, default));

        Assert.Equal(ArticleStatus.Cleaned, (await Index.GetAsync(request.Id, default))!.Status);
        Assert.Null(await Documents.GetSummaryAsync(request.Id, default));
    }

    [Fact]
    public async Task Handle_TransientFailureOnLastDelivery_MarksFailedWithReason_ThenThrowsForThePoisonQueue()
    {
        var request = await CleanedArticleAsync();
        _summarizer.Behaviour = _ => throw new SummarizationException("HTTP 500 from the model", isTransient: true);

        await Assert.ThrowsAsync<SummarizationException>(() => Handler.HandleAsync(SummarizeQueue.Serialize(request), 5, default));

        var entry = await Index.GetAsync(request.Id, default);
        Assert.Equal(ArticleStatus.Failed, entry!.Status);
        Assert.Contains("HTTP 500 from the model", entry.Error, StringComparison.Ordinal);
        Assert.Contains("5 attempts", entry.Error, StringComparison.Ordinal);
        Assert.Null(await Documents.GetSummaryAsync(request.Id, default));
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

    private async Task<SummarizeRequest> CleanedArticleAsync()
    {
        var name = PipelineServices.UniqueName("summarize");
        var articles = _services.GetRequiredService<StorageClients>().Container(StorageNames.ArticlesContainer);
        await articles.GetBlobClient(name).UploadAsync(new BinaryData(TestFiles.Bytes("Pipeline/short-article.txt")));
        Assert.Equal(CleanOutcome.Cleaned, await _services.GetRequiredService<CleanArticleHandler>().HandleAsync(name, default));
        var entry = (await Index.GetAsync(ArticleId.FromBlobName(name), default))!;
        return new SummarizeRequest(entry.Id, entry.Version, entry.ContentHash!);
    }
}
