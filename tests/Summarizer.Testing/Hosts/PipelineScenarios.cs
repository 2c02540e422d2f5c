using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Summarizer.Cli.Emulator;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;
using Xunit;

namespace Summarizer.Testing.Hosts;

/// <summary>
/// The API and pipeline scenarios every host must pass alike: each host's test project derives a class from this one
/// with its own <see cref="IPipelineHost"/>, so a difference between <c>serve</c> and the Functions host fails a test.
/// </summary>
public abstract class PipelineScenarios
{
    protected abstract IPipelineHost Host { get; }

    /// <summary>
    /// Starts another host of the same kind on storage of its own, with <paramref name="settings"/> (configuration keys
    /// as <c>Section:Key</c>) on top of the test defaults.
    /// </summary>
    protected abstract Task<IStartedPipelineHost> StartHostAsync(IReadOnlyDictionary<string, string?> settings);

    /// <summary>
    /// Starts another host of the same kind on storage of its own, with <paramref name="settings"/>, that gets no blob
    /// events and reconciles only when the test asks.
    /// </summary>
    protected abstract Task<IReconcilingPipelineHost> StartHostWithoutBlobEventsAsync(IReadOnlyDictionary<string, string?> settings);

    private HttpClient Http => Host.Http;

    private BlobContainerClient Articles => new(Host.Azurite.ConnectionString, StorageNames.ArticlesContainer);

    [SkippableFact]
    public async Task Upload_ThroughTheApi_EndsSummarized()
    {
        RequireHost();
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(RepositoryPaths.SeedArticle));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var response = await Http.PostAsync("api/articles?name=us-strikes.txt", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal($"/api/summaries/{id}", response.Headers.Location?.OriginalString);
        var summary = await Http.WaitForStatusAsync(id, ArticleStatus.Summarized);
        Assert.Equal("US hits hard at militias in Iraq and Syria, retaliating for fatal drone attack", summary.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(summary.GetProperty("summary").GetString()));
        Assert.True(summary.GetProperty("keyPoints").GetArrayLength() >= 3);
    }

    [SkippableFact]
    public async Task BlobPutStraightIntoStorage_EndsSummarized()
    {
        RequireHost();
        await Articles.GetBlobClient("direct/upload.md").UploadAsync(new BinaryData("# A direct upload\n\nThe council approved the new bridge on Monday. Work starts in May and ends next year."));

        var summary = await Http.WaitForStatusAsync(ArticleId.FromBlobName("direct/upload.md"), ArticleStatus.Summarized);

        Assert.Equal("A direct upload", summary.GetProperty("title").GetString());
        Assert.Contains("bridge", summary.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task LostBlobEvents_ABlobWrittenWhileNothingListensAndAnApiUpload_EndSummarizedOnceAfterOneReconcileRun()
    {
        RequireHost();
        await using var host = await StartHostWithoutBlobEventsAsync(new Dictionary<string, string?> { ["Pipeline:PendingTimeout"] = "00:00:01" });
        const string Direct = "unheard/direct.md";
        await new BlobContainerClient(host.Azurite.ConnectionString, StorageNames.ArticlesContainer).GetBlobClient(Direct)
            .UploadAsync(new BinaryData("# Ferry timetable changes\n\nThe island ferry runs every hour from Monday. The last boat leaves at ten at night."));
        using var upload = await host.Http.PostAsync("api/articles?name=unheard%2Fapi.txt", new StringContent(
            "Market reopens\n\nThe covered market reopened on Saturday after a year of repairs. Forty traders are back."));
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var uploaded = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var direct = ArticleId.FromBlobName(Direct);
        await Task.Delay(TimeSpan.FromSeconds(2));

        // No event came: the blob has no row, the upload stays pending.
        using (var unseen = await host.Http.GetAsync($"api/summaries/{direct}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unseen.StatusCode);
        }

        Assert.Equal(ArticleStatus.Pending, (await host.Http.GetFromJsonAsync<JsonElement>($"api/summaries/{uploaded}")).GetProperty("status").GetString());

        await host.RunReconcileAsync();

        foreach (var id in new[] { direct, uploaded })
        {
            var summary = await host.Http.WaitForStatusAsync(id, ArticleStatus.Summarized);
            Assert.Equal(1, summary.GetProperty("version").GetInt32());
        }

        var pipeline = (await host.Http.GetFromJsonAsync<JsonElement>("api/stats")).GetProperty("pipeline");
        Assert.Equal(2, pipeline.GetProperty("recovered").EnumerateObject().Sum(p => p.Value.GetInt64()));
        Assert.Equal(2, pipeline.GetProperty("outcomes").GetProperty(ArticleStatus.Cleaned).GetInt64());
        Assert.Equal(2, pipeline.GetProperty("outcomes").GetProperty(ArticleStatus.Summarized).GetInt64());

        // The event that was lost arrives after all: the clean stage's receipt makes it change nothing.
        var before = await host.Http.GetFromJsonAsync<JsonElement>($"api/summaries/{direct}");
        await host.DeliverBlobEventAsync(Direct);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var after = await host.Http.GetFromJsonAsync<JsonElement>($"api/summaries/{direct}");
        Assert.Equal(before.GetProperty("updatedAt").GetDateTimeOffset(), after.GetProperty("updatedAt").GetDateTimeOffset());
        Assert.Equal(1, after.GetProperty("version").GetInt32());
        var outcomes = (await host.Http.GetFromJsonAsync<JsonElement>("api/stats")).GetProperty("pipeline").GetProperty("outcomes");
        Assert.Equal(2, outcomes.GetProperty(ArticleStatus.Cleaned).GetInt64());
        Assert.Equal(2, outcomes.GetProperty(ArticleStatus.Summarized).GetInt64());
    }

    [SkippableFact]
    public async Task IdenticalContent_IsNotSummarizedTwice_ButNewContentMakesANewVersion()
    {
        RequireHost();
        const string Text = "Storm closes schools\n\nSchools across the county closed on Tuesday as the storm arrived. Officials expect them to reopen on Thursday.";
        var id = await PostAsync("again.txt", Text);
        var first = await Http.WaitForStatusAsync(id, ArticleStatus.Summarized);

        await PostAsync("again.txt", Text);

        // The clean stage records its receipt of the new blob version on the row, and does nothing else.
        var receipted = await Http.WaitForAsync(id, e => e.GetProperty("updatedAt").GetDateTimeOffset() > first.GetProperty("updatedAt").GetDateTimeOffset());
        Assert.Equal(1, receipted.GetProperty("version").GetInt32());
        Assert.Equal(ArticleStatus.Summarized, receipted.GetProperty("status").GetString());
        Assert.Equal(first.GetProperty("summarizedAt").GetDateTimeOffset(), receipted.GetProperty("summarizedAt").GetDateTimeOffset());

        await PostAsync("again.txt", "Storm leaves county\n\nThe storm moved east overnight and schools reopened on Wednesday, a day early.");
        var second = await Http.WaitForAsync(id, e => e.GetProperty("version").GetInt32() == 2 && e.GetProperty("status").GetString() == ArticleStatus.Summarized);
        Assert.Equal("Storm leaves county", second.GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task List_PagesNewestFirst_AndFiltersByStatus()
    {
        RequireHost();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Insert(0, await PostAsync($"list-{i}.txt", $"Headline {i}\n\nStory number {i} has one sentence. It has another one too."));
            await Task.Delay(20);
        }

        var page1 = await Http.GetFromJsonAsync<JsonElement>("api/summaries?top=2");
        var token = page1.GetProperty("continuationToken").GetString();
        var page2 = await Http.GetFromJsonAsync<JsonElement>($"api/summaries?top=1&continuationToken={Uri.EscapeDataString(token!)}");

        var listed = page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray())
            .Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids, listed);

        foreach (var id in ids)
        {
            await Http.WaitForStatusAsync(id, ArticleStatus.Summarized);
        }

        var summarized = await Http.GetFromJsonAsync<JsonElement>("api/summaries?top=100&status=summarized");
        Assert.Equal(ids, summarized.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Where(ids.Contains));
        var pending = await Http.GetFromJsonAsync<JsonElement>("api/summaries?top=100&status=pending");
        Assert.DoesNotContain(pending.GetProperty("items").EnumerateArray(), e => ids.Contains(e.GetProperty("id").GetString()!));
    }

    [SkippableFact]
    public async Task CleanedArticle_Retry_AndBrowsePage_AreServed()
    {
        RequireHost();
        var id = await PostAsync("cleaned.txt", "Library extends hours\n\nThe city library will stay open until nine on weekdays from March. The council funded two more staff.");
        await Http.WaitForStatusAsync(id, ArticleStatus.Summarized);

        var cleaned = await Http.GetFromJsonAsync<JsonElement>($"api/articles/{id}/cleaned");
        Assert.Equal(id, cleaned.GetProperty("id").GetString());
        Assert.Contains("open until nine on weekdays", cleaned.GetProperty("text").GetString(), StringComparison.Ordinal);

        using var retry = await Http.PostAsync($"api/summaries/{id}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);

        using var page = await Http.GetAsync("api/ui");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task EmptyBinaryAndOversizedBlobs_EndRejected_AndAreKept()
    {
        RequireHost();
        await Articles.GetBlobClient("empty.txt").UploadAsync(new BinaryData(Array.Empty<byte>()));
        await Articles.GetBlobClient("image.html").UploadAsync(new BinaryData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }));
        await Articles.GetBlobClient("huge.txt").UploadAsync(new BinaryData(new byte[(10 * 1024 * 1024) + 1]));

        foreach (var name in new[] { "empty.txt", "image.html", "huge.txt" })
        {
            var entry = await Http.WaitForStatusAsync(ArticleId.FromBlobName(name), ArticleStatus.Rejected);
            Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("error").GetString()), name);
            Assert.True(await Articles.GetBlobClient(name).ExistsAsync(), name);
        }
    }

    [SkippableFact]
    public async Task WhileStorageIsStopped_HealthAndUploadsAnswer503WithRetryAfter_AndWorkResumesAfter()
    {
        RequireHost();
        await Host.Azurite.StopGracefullyAsync();
        try
        {
            using var health = await Http.GetAsync("api/health");
            using var upload = await Http.PostAsync("api/articles?name=during-outage.txt", new StringContent("Outage\n\nThis upload arrives while storage is down."));

            foreach (var response in new[] { health, upload })
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }
        finally
        {
            await Host.Azurite.RestartAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var health = await Http.GetAsync("api/health");
            if (health.StatusCode == HttpStatusCode.OK)
            {
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, "Health did not recover after storage came back.");
            await Task.Delay(250);
        }

        var id = await PostAsync("after-outage.txt", "Power restored\n\nPower came back to the east side on Sunday night. Crews worked through the weekend.");
        await Http.WaitForStatusAsync(id, ArticleStatus.Summarized, TimeSpan.FromSeconds(120));
    }

    [SkippableFact]
    public async Task EveryClientError_IsProblemJson()
    {
        RequireHost();
        var summarized = await PostAsync("problem.txt", "Ferry returns\n\nThe island ferry returned to service on Monday. It had been in dry dock since June.");
        await Http.WaitForStatusAsync(summarized, ArticleStatus.Summarized);
        var requests = new (HttpMethod Method, string Path, HttpContent? Body, HttpStatusCode Expected)[]
        {
            (HttpMethod.Get, "api/summaries/unknown-000000000000", null, HttpStatusCode.NotFound),
            (HttpMethod.Get, "api/summaries/BAD'ID", null, HttpStatusCode.BadRequest),
            (HttpMethod.Get, "api/summaries?top=0", null, HttpStatusCode.BadRequest),
            (HttpMethod.Get, "api/summaries?status=done", null, HttpStatusCode.BadRequest),
            (HttpMethod.Get, "api/summaries?continuationToken=not-a-token", null, HttpStatusCode.BadRequest),
            (HttpMethod.Get, "api/articles/unknown-000000000000/cleaned", null, HttpStatusCode.NotFound),
            (HttpMethod.Post, "api/summaries/unknown-000000000000/retry", null, HttpStatusCode.NotFound),
            (HttpMethod.Post, $"api/summaries/{summarized}/retry", null, HttpStatusCode.Conflict),
            (HttpMethod.Post, "api/articles?name=..%2Fescape.txt", new StringContent("Text"), HttpStatusCode.BadRequest),
            (HttpMethod.Post, "api/articles?name=big.txt", new ByteArrayContent(new byte[(10 * 1024 * 1024) + 1]), HttpStatusCode.RequestEntityTooLarge),
        };

        foreach (var (method, path, body, expected) in requests)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body };
            using var response = await Http.SendAsync(request);
            Assert.True(expected == response.StatusCode, $"{method} {path}: {(int)response.StatusCode}, expected {(int)expected}");
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{method} {path}: {response.Content.Headers.ContentType}");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()), path);
        }
    }

    [SkippableFact]
    public async Task ThrottledModel_429sOutlastingMaxDequeueCount_EndSummarized_WaitingWhatRetryAfterAsks()
    {
        RequireHost();
        await using var model = await LoopbackModelServer.StartAsync();
        model.Enqueue([.. Enumerable.Repeat(LoopbackModelServerResponse.TooManyRequests(retryAfterSeconds: 1), 6)]);
        model.Responder = _ => LoopbackModelServerResponse.Answer(BudgetAnswer);
        await using var host = await StartHostAsync(ChatModel(model, new()
        {
            ["Summarization:MaxRetries"] = "0",
            ["Summarization:TransientRetryDelay"] = "00:00:00.100",
            ["Summarization:TransientRetryMaxDelay"] = "00:00:00.200",
        }));

        var id = await PostAsync(host.Http, "throttled.txt", BudgetArticle);
        var summarized = await host.Http.WaitForStatusAsync(id, ArticleStatus.Summarized, TimeSpan.FromSeconds(120));

        // Six 429s and the answer: more deliveries than host.json's maxDequeueCount (5), none of them counted.
        Assert.Equal(7, model.Requests.Count);
        Assert.Equal("OpenAI", summarized.GetProperty("provider").GetString());
        Assert.False(summarized.TryGetProperty("fallbackReason", out _));
        Assert.False(summarized.TryGetProperty("retryAt", out _));
        var arrivals = model.Requests.Select(r => r.ReceivedAt).Order().ToList();
        Assert.All(arrivals.Zip(arrivals.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(0.9), "A retry came before Retry-After."));
        Assert.Equal(0, (await new QueueClient(host.Azurite.ConnectionString, StorageNames.SummarizePoisonQueue).GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [SkippableFact]
    public async Task RefusedArticle_EndsSummarizedOfflineWithTheReason_ThenRetrySendsItToTheModel()
    {
        RequireHost();
        await using var model = await LoopbackModelServer.StartAsync();
        model.Enqueue(new LoopbackModelServerResponse
        {
            Status = HttpStatusCode.BadRequest,
            RawBody = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "tests", "Summarizer.Testing", "TestData", "azure-content-filter-400.json")),
        });
        model.Responder = _ => LoopbackModelServerResponse.Answer(BudgetAnswer);
        await using var host = await StartHostAsync(ChatModel(model, new() { ["Summarization:MaxRetries"] = "0" }));

        var id = await PostAsync(host.Http, "refused.txt", BudgetArticle);
        var offline = await host.Http.WaitForStatusAsync(id, ArticleStatus.Summarized, TimeSpan.FromSeconds(60));

        Assert.Equal("Offline", offline.GetProperty("provider").GetString());
        var reason = offline.GetProperty("fallbackReason").GetString();
        Assert.Equal("The prompt was refused: blocked by the content filter: violence (medium).", reason);
        Assert.False(string.IsNullOrWhiteSpace(offline.GetProperty("summary").GetString()));
        Assert.Single(model.Requests);
        var listed = (await host.Http.GetFromJsonAsync<JsonElement>("api/summaries?top=10")).GetProperty("items").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);
        Assert.Equal(reason, listed.GetProperty("fallbackReason").GetString());

        using var retry = await host.Http.PostAsync($"api/summaries/{id}/retry", null);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        var summarized = await host.Http.WaitForAsync(id, e => e.GetProperty("status").GetString() == ArticleStatus.Summarized && e.GetProperty("provider").GetString() == "OpenAI");
        Assert.False(summarized.TryGetProperty("fallbackReason", out _));
        Assert.Equal(3, summarized.GetProperty("keyPoints").GetArrayLength());
    }

    [SkippableFact]
    public async Task FailingModel_PastTheRetryWindow_WithoutFallback_EndsFailedUnpoisoned_ThenRetrySummarizes()
    {
        RequireHost();
        await using var model = await LoopbackModelServer.StartAsync();
        await using var host = await StartHostAsync(ChatModel(model, new()
        {
            ["Summarization:MaxRetries"] = "1",
            ["Summarization:RetryDelay"] = "00:00:00.050",
            ["Summarization:Fallback"] = "None",
            ["Summarization:TransientRetryWindow"] = "00:00:04",
            ["Summarization:TransientRetryDelay"] = "00:00:00.500",
            ["Summarization:TransientRetryMaxDelay"] = "00:00:01",
        }));

        var id = await PostAsync(host.Http, "model-down.txt", BudgetArticle);
        var failed = await host.Http.WaitForStatusAsync(id, ArticleStatus.Failed, TimeSpan.FromSeconds(120));

        // Every delivery is a call and one retry of it; the article was queued again until the window was used up.
        var error = failed.GetProperty("error").GetString()!;
        Assert.Matches(@"^Gave up after \d+ attempts over \d+ minutes: ", error);
        Assert.Contains("500", error, StringComparison.Ordinal);
        Assert.True(model.Requests.Count >= 4, $"{model.Requests.Count} requests");
        Assert.Equal(0, model.Requests.Count % 2);
        Assert.Equal(0, (await new QueueClient(host.Azurite.ConnectionString, StorageNames.SummarizePoisonQueue).GetPropertiesAsync()).Value.ApproximateMessagesCount);

        model.Responder = _ => LoopbackModelServerResponse.Answer(BudgetAnswer);
        using var retry = await host.Http.PostAsync($"api/summaries/{id}/retry", null);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);

        var summarized = await host.Http.WaitForStatusAsync(id, ArticleStatus.Summarized);
        Assert.Equal("OpenAI", summarized.GetProperty("provider").GetString());
        Assert.Equal(3, summarized.GetProperty("keyPoints").GetArrayLength());
        Assert.True(summarized.GetProperty("promptTokens").GetInt32() > 0);
        Assert.False(summarized.TryGetProperty("error", out _));
    }

    [SkippableFact]
    public async Task Delete_RemovesTheArticleEverywhere_AndALateMessageDoesNotBringItBack()
    {
        RequireHost();
        var id = await PostAsync("deleted.txt", "Pier reopens\n\nThe pier reopened on Saturday after repairs. Anglers returned at dawn.");
        await Http.WaitForStatusAsync(id, ArticleStatus.Summarized);
        var cleaned = await Http.GetFromJsonAsync<JsonElement>($"api/articles/{id}/cleaned");

        using var deleted = await Http.DeleteAsync($"api/articles/{id}");
        using var again = await Http.DeleteAsync($"api/articles/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        await AssertGoneAsync(id, "deleted.txt");

        // A message for the deleted version, as if it had waited in the queue all along.
        var queue = new QueueClient(Host.Azurite.ConnectionString, StorageNames.SummarizeQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.SendMessageAsync(SummarizeQueue.Serialize(new SummarizeRequest(id, cleaned.GetProperty("version").GetInt32(), cleaned.GetProperty("contentHash").GetString()!)));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        // The count includes a message being processed, so zero means the host has finished with it.
        while ((await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The late message was never taken from the queue.");
            await Task.Delay(250);
        }

        await AssertGoneAsync(id, "deleted.txt");
    }

    [SkippableFact]
    public async Task Upload_RecordsWhoMadeIt_AndAPrincipalHeaderIsIgnoredWithoutPlatformSignIn()
    {
        RequireHost();
        var forged = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(
            "{\"claims\":[{\"typ\":\"http://schemas.microsoft.com/identity/claims/objectidentifier\",\"val\":\"0f0f0f0f-0000-4000-8000-00000000000f\"},{\"typ\":\"roles\",\"val\":\"Summarizer.Admin\"}]}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/articles?name=owned.txt") { Content = new StringContent("Market moves\n\nThe market moved to the square on Sunday. Stalls opened at eight.") };
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", forged);
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL-ID", "0f0f0f0f-0000-4000-8000-00000000000f");

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal(ArticleId.FromBlobName("owned.txt"), id);
        var article = await Http.WaitForStatusAsync(id, ArticleStatus.Summarized);
        var owner = article.GetProperty("uploadedBy").GetProperty("id").GetString();
        Assert.Contains(owner, new[] { ArticleOwner.LocalId, ArticleOwner.KeyId });
        Assert.Equal(owner, (await Articles.GetBlobClient("owned.txt").GetPropertiesAsync()).Value.Metadata[BlobNames.UploadedByMetadata]);
        var me = await Http.GetFromJsonAsync<JsonElement>("api/me");
        Assert.Equal(owner, me.GetProperty("id").GetString());
        Assert.True(me.GetProperty("fullAccess").GetBoolean());
    }

    /// <summary>Checks in storage, not only through the API, that nothing of the article is left but its tombstone.</summary>
    private async Task AssertGoneAsync(string id, string blobName)
    {
        using var summary = await Http.GetAsync($"api/summaries/{id}");
        Assert.Equal(HttpStatusCode.NotFound, summary.StatusCode);
        var listed = await Http.GetFromJsonAsync<JsonElement>("api/summaries?top=100");
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetString() == id);
        Assert.False((await Articles.GetBlobClient(blobName).ExistsAsync()).Value);
        Assert.False((await new BlobContainerClient(Host.Azurite.ConnectionString, StorageNames.CleanedContainer).GetBlobClient(id + ".json").ExistsAsync()).Value);
        Assert.False((await new BlobContainerClient(Host.Azurite.ConnectionString, StorageNames.SummariesContainer).GetBlobClient(id + ".json").ExistsAsync()).Value);
        var rows = new Azure.Data.Tables.TableClient(Host.Azurite.ConnectionString, StorageNames.IndexTable)
            .QueryAsync<Azure.Data.Tables.TableEntity>(Azure.Data.Tables.TableClient.CreateQueryFilter($"Id eq {id}"));
        var keys = new List<string>();
        await foreach (var row in rows)
        {
            keys.Add(row.RowKey);
        }

        Assert.Equal(["d_" + id], keys);
    }

    [SkippableFact]
    public async Task ReasoningDeploymentAnswers_EndSummarizedOrFailedWithTheNamedReason_AndLoseNothing()
    {
        RequireHost();

        // Each article meets one documented answer of an Azure OpenAI reasoning deployment, chosen by its title; the
        // documentation of each is cited where the emulator's answer is tested in Summarizer.Core.Tests
        // (ChatProviderAnswersTests, ProviderEmulatorTests).
        await using var model = await ModelEmulator.StartAsync(new ModelEmulatorOptions
        {
            ApiKey = "azure-key",
            ReasoningModels = new HashSet<string> { "o4-mini" },
        });
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        model.Responder = request =>
        {
            var user = request.Messages[^1].Content;
            var title = user.Split('\n')[0];
            var count = seen.AddOrUpdate(title, 1, (_, n) => n + 1);
            return title switch
            {
                "Title: Filtered prompt" => ModelEmulatorAnswer.PromptFiltered(new ContentFilterHit("violence", "medium")),
                "Title: Filtered answer" => ModelEmulatorAnswer.CompletionFiltered(new ContentFilterHit("violence", "high")),
                "Title: Cut once" when count == 1 => ModelEmulatorAnswer.CutOff,
                "Title: Cut always" => ModelEmulatorAnswer.CutOff,
                "Title: Too long" when !user.Contains("This is part", StringComparison.Ordinal) && user.Contains("BEGIN ARTICLE", StringComparison.Ordinal) =>
                    ModelEmulatorAnswer.ContextLengthExceeded,
                _ => null,
            };
        };
        await using var host = await StartHostAsync(new Dictionary<string, string?>
        {
            ["Summarization:Provider"] = "AzureOpenAI",
            ["Summarization:Endpoint"] = model.BaseUri.ToString(),
            ["Summarization:Deployment"] = "o4-mini",
            ["Summarization:ApiKey"] = "azure-key",
            ["Summarization:ReasoningEffort"] = "medium",
            ["Summarization:Fallback"] = "None",
            ["Summarization:MaxRetries"] = "1",
            ["Summarization:RetryDelay"] = "00:00:00.050",
        });
        const string Body = "\n\nThe council met on Monday to agree the budget. Members spent more on roads and schools. The plan is final by March. Residents can comment until February.";
        var ids = new Dictionary<string, string>();
        foreach (var title in new[] { "Plain story", "Filtered prompt", "Filtered answer", "Cut once", "Cut always", "Too long" })
        {
            ids[title] = await PostAsync(host.Http, title.Replace(' ', '-') + ".txt", title + Body);
        }

        foreach (var title in new[] { "Plain story", "Cut once", "Too long" })
        {
            var summarized = await host.Http.WaitForStatusAsync(ids[title], ArticleStatus.Summarized, TimeSpan.FromSeconds(120));
            Assert.Equal("AzureOpenAI", summarized.GetProperty("provider").GetString());
            Assert.True(summarized.GetProperty("keyPoints").GetArrayLength() >= 3, title);
        }

        await AssertFailedAsync(host, ids["Filtered prompt"], "blocked by the content filter: violence (medium)");
        await AssertFailedAsync(host, ids["Filtered answer"], "blocked by the content filter: violence (high)");
        await AssertFailedAsync(host, ids["Cut always"], "the answer was cut off at 2400 tokens");
        Assert.Equal(1, seen["Title: Filtered prompt"]);
        Assert.Equal(1, seen["Title: Filtered answer"]);
        Assert.Equal(2, seen["Title: Cut always"]);
        Assert.True(seen["Title: Too long"] >= 3, "The article was not split after the context overflow.");
        Assert.All(model.Requests, r => Assert.False(r.Sends("temperature") || r.Sends("max_tokens"), r.Body));
        Assert.All(model.Requests, r => Assert.Equal("medium", r.Json.GetProperty("reasoning_effort").GetString()));
    }

    [SkippableFact]
    public async Task ServerThatRefusesJsonSchema_EndsSummarizedInJsonMode()
    {
        RequireHost();

        // llama.cpp's server (tools/server/README.md) in the emulator's mode that refuses json_schema with a 400.
        await using var model = await ModelEmulator.StartAsync(new ModelEmulatorOptions
        {
            Dialect = ModelServerDialect.LlamaCpp,
            RejectedResponseFormats = new HashSet<string> { "json_schema" },
        });
        await using var host = await StartHostAsync(new Dictionary<string, string?>
        {
            ["Summarization:Provider"] = "OpenAI",
            ["Summarization:BaseUrl"] = model.OpenAIBaseUrl.ToString(),
            ["Summarization:Model"] = "qwen2.5-" + Guid.NewGuid().ToString("N")[..8],
        });

        var id = await PostAsync(host.Http, "json-mode.txt", "Ferry returns\n\nThe island ferry returned to service on Monday. It had been in dry dock since June. Fares stay the same. A second boat joins in May.");

        var summarized = await host.Http.WaitForStatusAsync(id, ArticleStatus.Summarized);
        Assert.Equal("OpenAI", summarized.GetProperty("provider").GetString());
        Assert.Equal(["json_schema", "json_object"], model.Requests.Select(r => r.ResponseFormat));
    }

    private static async Task AssertFailedAsync(IPipelineHost host, string id, string reason)
    {
        var failed = await host.Http.WaitForStatusAsync(id, ArticleStatus.Failed, TimeSpan.FromSeconds(120));
        Assert.Contains(reason, failed.GetProperty("error").GetString(), StringComparison.Ordinal);
        using var cleaned = await host.Http.GetAsync($"api/articles/{id}/cleaned");
        Assert.Equal(HttpStatusCode.OK, cleaned.StatusCode);
    }

    private const string BudgetArticle =
        "Budget agreed\n\nThe council met on Monday to agree the budget. Members spent more on roads and schools. The plan is final by March.";

    private const string BudgetAnswer =
        "{\"tldr\": \"The council agreed a budget.\", \"summary\": \"The council agreed a budget with more for roads and schools.\", \"keyPoints\": [" +
        "{\"text\": \"The council met on Monday.\", \"sentences\": [1]}, {\"text\": \"More money goes to roads and schools.\", \"sentences\": [2]}, " +
        "{\"text\": \"The plan is final by March.\", \"sentences\": [3]}]}";

    private static Dictionary<string, string?> ChatModel(LoopbackModelServer model, Dictionary<string, string?> settings)
    {
        settings["Summarization:Provider"] = "OpenAI";
        settings["Summarization:BaseUrl"] = model.OpenAIBaseUrl.ToString();
        settings["Summarization:ApiKey"] = "test-key";
        settings["Summarization:Model"] = "gpt-4o-mini";
        return settings;
    }

    /// <summary>Skips the test, with the reason, on a machine where the host cannot run.</summary>
    protected void RequireHost() => Skip.If(Host.UnavailableReason is not null, Host.UnavailableReason);

    protected Task<string> PostAsync(string name, string text) => PostAsync(Http, name, text);

    private static async Task<string> PostAsync(HttpClient http, string name, string text)
    {
        using var content = new StringContent(text);
        using var response = await http.PostAsync($"api/articles?name={Uri.EscapeDataString(name)}", content);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
