using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Core;
using Summarizer.Core.Articles;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;
using Summarizer.Testing.Hosts;

namespace Summarizer.Functions.Tests;

/// <summary>What the Functions host does across its own restarts, and its timer's repair of stalled articles.</summary>
[Collection(FunctionsHostGroup.Name)]
public sealed class HostLifecycleTests(FunctionsHostFixture host)
{
    [SkippableFact]
    public async Task HostRestartedMidRun_LosesNothing_AndSummarizesEachArticleOnce()
    {
        Skip.If(host.UnavailableReason is not null, host.UnavailableReason);
        var ids = new List<string>();
        var names = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var name = $"restart-{i}.txt";
            names.Add(name);
            using var response = await host.Http.PostAsync($"api/articles?name={name}", new StringContent(
                $"Report {i}\n\nThe council of district {i} met on Monday to discuss the budget. Members agreed to spend more on roads. The plan is final by March."));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }

        var doneBeforeRestart = 0;
        foreach (var id in ids)
        {
            var entry = await host.Http.GetFromJsonAsync<JsonElement>($"api/summaries/{id}");
            doneBeforeRestart += entry.GetProperty("status").GetString() == ArticleStatus.Summarized ? 1 : 0;
        }

        var stopped = host.Pipeline.Server.ProcessIds();
        await host.Pipeline.RestartHostAsync();
        Assert.True(stopped.Count >= 2, "the host runs its worker as a child process");
        Assert.All(stopped, id => Assert.False(IsRunning(id), $"process {id} outlived the host it belonged to"));
        Assert.True(doneBeforeRestart < ids.Count, "every article was done before the restart; the test proves nothing");

        var server = host.Pipeline.Server;
        foreach (var (id, name) in ids.Zip(names))
        {
            JsonElement summary;
            try
            {
                // Most are done within seconds. A blob event or message the old host had taken but not finished when
                // it stopped is not lost: the host's queue listener holds what it takes for ten minutes, after which it
                // is delivered again. So the wait allows for that lease to lapse once.
                summary = await host.Http.WaitForStatusAsync(id, ArticleStatus.Summarized, TimeSpan.FromMinutes(13));
            }
            catch (TimeoutException e)
            {
                var said = server.Output.Split('\n').Where(line => line.Contains(name, StringComparison.Ordinal) || line.Contains(id, StringComparison.Ordinal));
                throw new TimeoutException(
                    $"{e.Message}\nThe host took {server.LastStopTime.TotalSeconds:0.0} s to stop{(server.LastStopForced ? " and was killed" : string.Empty)}; "
                    + $"before and after the restart it logged about {name}:\n{string.Join('\n', said)}",
                    e);
            }

            Assert.Equal(1, summary.GetProperty("version").GetInt32());
        }

        var documents = new BlobContainerClient(host.Azurite.ConnectionString, StorageNames.SummariesContainer);
        foreach (var id in ids)
        {
            Assert.True(await documents.GetBlobClient(id + ".json").ExistsAsync(), id);
        }
    }

    [SkippableFact]
    public async Task RequeueStalledArticlesTimer_InvokedThroughTheAdminApi_QueuesAStalledArticleAgain()
    {
        Skip.If(host.UnavailableReason is not null, host.UnavailableReason);
        Skip.If(host.Location!.IsCoreTools, "The admin API of Core Tools needs no key; this test reads the host's master key.");
        const string Name = "stalled.txt";
        await host.Pipeline.Server.StopAsync();
        try
        {
            // The state a crash between the index write and the queue send leaves: cleaned, with no message.
            await CleanWithoutTheHostAsync(Name, "Stalled story\n\nThe ferry resumed sailing on Tuesday after a week of storms. Passengers queued from dawn.");
            var queue = new QueueClient(host.Azurite.ConnectionString, StorageNames.SummarizeQueue);
            await queue.ClearMessagesAsync();
        }
        finally
        {
            await host.Pipeline.Server.RestartAsync();
        }

        var id = ArticleId.FromBlobName(Name);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var before = await host.Http.GetFromJsonAsync<JsonElement>($"api/summaries/{id}");
        Assert.Equal(ArticleStatus.Cleaned, before.GetProperty("status").GetString());

        using var admin = new HttpClient { BaseAddress = host.Pipeline.Server.BaseAddress };
        using var invoke = await admin.PostAsync(
            "admin/functions/RequeueStalledArticles?code=" + Uri.EscapeDataString(host.Pipeline.Server.Keys!.Master),
            new StringContent("{\"input\": \"\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, invoke.StatusCode);

        var summary = await host.Http.WaitForStatusAsync(id, ArticleStatus.Summarized);
        Assert.Contains("ferry", summary.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    private static bool IsRunning(int id)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private async Task CleanWithoutTheHostAsync(string name, string text)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = host.Azurite.ConnectionString })
            .Build();
        await using var services = new ServiceCollection().AddLogging().AddSummarizer(configuration).BuildServiceProvider();
        await new BlobContainerClient(host.Azurite.ConnectionString, StorageNames.ArticlesContainer).GetBlobClient(name).UploadAsync(new BinaryData(text));
        Assert.Equal(CleanOutcome.Cleaned, await services.GetRequiredService<CleanArticleHandler>().HandleAsync(name, CancellationToken.None));
    }
}
