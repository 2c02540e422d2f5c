using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core.Articles;
using Summarizer.Core.Cleaning;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;
using Summarizer.Core.Tests.TestInfrastructure;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Pipeline;

[Collection(AzuriteTestGroup.Name)]
public sealed class CleanArticleHandlerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    private CleanArticleHandler Handler => _services.GetRequiredService<CleanArticleHandler>();

    private ArticleIndex Index => _services.GetRequiredService<ArticleIndex>();

    private BlobContainerClient Articles => _services.GetRequiredService<StorageClients>().Container(StorageNames.ArticlesContainer);

    public async Task InitializeAsync()
    {
        _services = await PipelineServices.CreateAsync(azurite.ConnectionString, settings: new Dictionary<string, string?> { ["Pipeline:MaxArticleBytes"] = "4096" });

        // Other tests leave messages in the shared queue; a peek sees only the first 32.
        await _services.GetRequiredService<StorageClients>().Queue(StorageNames.SummarizeQueue).ClearMessagesAsync();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Handle_CleansStoresIndexesAndQueuesTheArticle()
    {
        var name = await UploadAsync("library", TestFiles.Bytes("Pipeline/short-article.txt"));
        var id = ArticleId.FromBlobName(name);

        var outcome = await Handler.HandleAsync(name, default);

        Assert.Equal(CleanOutcome.Cleaned, outcome);
        var entry = await Index.GetAsync(id, default);
        Assert.NotNull(entry);
        Assert.Equal(ArticleStatus.Cleaned, entry.Status);
        Assert.Equal(1, entry.Version);
        Assert.Equal("City opens new library branch in riverside district", entry.Title);
        var document = await _services.GetRequiredService<ArticleDocumentStore>().GetCleanedAsync(id, default);
        Assert.NotNull(document);
        Assert.Contains("reading room that overlooks the river", document.Article.Text, StringComparison.Ordinal);
        Assert.Contains(await PeekMessagesAsync(), m => m.Id == id && m.Version == 1 && m.ContentHash == entry.ContentHash);
    }

    [Theory]
    [InlineData("empty", "")]
    [InlineData("blank", "  \n\t \r\n ")]
    public async Task Handle_RejectsEmptyArticle_AndKeepsTheBlob(string stem, string content)
    {
        var name = await UploadAsync(stem, Encoding.UTF8.GetBytes(content));

        var outcome = await Handler.HandleAsync(name, default);

        Assert.Equal(CleanOutcome.Rejected, outcome);
        var entry = await Index.GetAsync(ArticleId.FromBlobName(name), default);
        Assert.Equal(ArticleStatus.Rejected, entry!.Status);
        Assert.False(string.IsNullOrWhiteSpace(entry.Error));
        Assert.True(await Articles.GetBlobClient(name).ExistsAsync());
    }

    [Fact]
    public async Task Handle_WhenTheCleanerFails_RejectsTheArticleWithTheReason_AndKeepsTheBlob()
    {
        await using var services = await PipelineServices.CreateAsync(azurite.ConnectionString, cleaner: new FailingCleaner());
        var name = await UploadAsync("cleaner-fails", Encoding.UTF8.GetBytes("Headline\n\nA story the cleaner cannot read."));

        var outcome = await services.GetRequiredService<CleanArticleHandler>().HandleAsync(name, default);

        Assert.Equal(CleanOutcome.Rejected, outcome);
        var entry = await Index.GetAsync(ArticleId.FromBlobName(name), default);
        Assert.Equal(ArticleStatus.Rejected, entry!.Status);
        Assert.Contains("could not be cleaned", entry.Error, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: The markup nests too deeply.", entry.Error, StringComparison.Ordinal);
        Assert.True(await Articles.GetBlobClient(name).ExistsAsync());
        Assert.DoesNotContain(await PeekMessagesAsync(), m => m.Id == entry.Id);
    }

    [Fact]
    public async Task Handle_RejectsBinaryUpload_WithAReason()
    {
        var name = await UploadAsync("pixel", TestFiles.Bytes("Pipeline/pixel.png"), ".png");

        Assert.Equal(CleanOutcome.Rejected, await Handler.HandleAsync(name, default));

        var entry = await Index.GetAsync(ArticleId.FromBlobName(name), default);
        Assert.Contains("a PNG image", entry!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_RejectsPageWithOnlyHeadings_AsNothingToSummarize()
    {
        var name = await UploadAsync("gallery", TestFiles.Bytes("Pipeline/headings-only.html"), ".html");

        Assert.Equal(CleanOutcome.Rejected, await Handler.HandleAsync(name, default));

        var entry = await Index.GetAsync(ArticleId.FromBlobName(name), default);
        Assert.Contains("only headings", entry!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_RejectsOversizedArticle_NamingTheLimit()
    {
        var name = await UploadAsync("huge", Encoding.UTF8.GetBytes(new string('a', 5000)));

        Assert.Equal(CleanOutcome.Rejected, await Handler.HandleAsync(name, default));

        var entry = await Index.GetAsync(ArticleId.FromBlobName(name), default);
        Assert.Contains("Pipeline:MaxArticleBytes", entry!.Error, StringComparison.Ordinal);
        Assert.True(await Articles.GetBlobClient(name).ExistsAsync());
    }

    [Fact]
    public async Task Handle_SameBlobVersionTwice_ProcessesItOnce()
    {
        var name = await UploadAsync("twice", TestFiles.Bytes("Pipeline/short-article.txt"));

        Assert.Equal(CleanOutcome.Cleaned, await Handler.HandleAsync(name, default));
        Assert.Equal(CleanOutcome.AlreadyProcessed, await Handler.HandleAsync(name, default));

        Assert.Equal(1, (await Index.GetAsync(ArticleId.FromBlobName(name), default))!.Version);
    }

    [Fact]
    public async Task Handle_ReuploadOfNewContent_MakesANewVersion()
    {
        var name = await UploadAsync("versions", TestFiles.Bytes("Pipeline/short-article.txt"));
        await Handler.HandleAsync(name, default);

        await Articles.GetBlobClient(name).UploadAsync(new BinaryData("A different headline\n\nA different story about the river and the city."), overwrite: true);
        var outcome = await Handler.HandleAsync(name, default);

        Assert.Equal(CleanOutcome.Cleaned, outcome);
        var entry = await Index.GetAsync(ArticleId.FromBlobName(name), default);
        Assert.Equal(2, entry!.Version);
        Assert.Equal("A different headline", entry.Title);
    }

    [Fact]
    public async Task Handle_ReuploadOfIdenticalContentAfterSummary_IsNotDoneAgain()
    {
        var bytes = TestFiles.Bytes("Pipeline/short-article.txt");
        var name = await UploadAsync("identical", bytes);
        await Handler.HandleAsync(name, default);
        var id = ArticleId.FromBlobName(name);
        var cleaned = (await Index.GetAsync(id, default))!;
        await Index.TryReplaceAsync(cleaned with { Status = ArticleStatus.Summarized }, default);

        await Articles.GetBlobClient(name).UploadAsync(new BinaryData(bytes), overwrite: true);
        var outcome = await Handler.HandleAsync(name, default);

        Assert.Equal(CleanOutcome.AlreadyProcessed, outcome);
        var entry = await Index.GetAsync(id, default);
        Assert.Equal(1, entry!.Version);
        Assert.Equal(ArticleStatus.Summarized, entry.Status);
    }

    [Fact]
    public async Task Handle_ArticlePostedAsPending_MovesOutOfPendingIntoCleaned()
    {
        var name = await UploadAsync("posted", TestFiles.Bytes("Pipeline/short-article.txt"));
        var id = ArticleId.FromBlobName(name);
        var now = DateTimeOffset.UtcNow;
        Assert.True(await Index.TryInsertAsync(new ArticleIndexEntry { Id = id, Name = name, Status = ArticleStatus.Pending, CreatedAt = now, UpdatedAt = now }, default));

        Assert.Equal(CleanOutcome.Cleaned, await Handler.HandleAsync(name, default));

        Assert.DoesNotContain(await Index.ListByStatusAsync(ArticleStatus.Pending, default).ToListAsync(), e => e.Id == id);
        Assert.Single(await Index.ListByStatusAsync(ArticleStatus.Cleaned, default).ToListAsync(), e => e.Id == id);
    }

    [Fact]
    public async Task Handle_BlobThatDoesNotExist_IsReportedVanished()
    {
        Assert.Equal(CleanOutcome.Vanished, await Handler.HandleAsync(PipelineServices.UniqueName("ghost"), default));
    }

    private async Task<string> UploadAsync(string stem, byte[] content, string extension = ".txt")
    {
        var name = PipelineServices.UniqueName(stem, extension);
        await Articles.GetBlobClient(name).UploadAsync(new BinaryData(content));
        return name;
    }

    private async Task<List<SummarizeRequest>> PeekMessagesAsync()
    {
        QueueClient queue = _services.GetRequiredService<StorageClients>().Queue(StorageNames.SummarizeQueue);
        var peeked = await queue.PeekMessagesAsync(32);
        return peeked.Value.Select(m => SummarizeQueue.TryParse(m.MessageText)).OfType<SummarizeRequest>().ToList();
    }

    private sealed class FailingCleaner : IArticleCleaner
    {
        public CleaningResult Clean(ArticleSource source, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The markup nests too deeply.");
    }
}
