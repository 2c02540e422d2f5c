using System.Text.Json;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Commands;

public sealed class CommandTests
{
    [Fact]
    public async Task Clean_PrintsTheSeedsTitleAndStoryWithoutTheNoise()
    {
        var run = await CliRun.RunAsync("clean", RepositoryPaths.SeedArticle);

        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("US hits hard at militias in Iraq and Syria, retaliating for fatal drone attack", json.GetProperty("title").GetString());
        var text = json.GetProperty("text").GetString()!;
        Assert.EndsWith("a Houthi stronghold.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("More from News 12", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Updated 109 days ago", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_PrintsSummaryAndGroundedKeyPoints_Offline()
    {
        var run = await CliRun.RunAsync("summarize", RepositoryPaths.SeedArticle);

        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("summary").GetString()));
        var sentences = json.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()).ToList();
        var points = json.GetProperty("keyPoints").EnumerateArray().ToList();
        Assert.InRange(points.Count, 3, 7);
        Assert.All(points, p => Assert.All(p.GetProperty("sentences").EnumerateArray(), i => Assert.InRange(i.GetInt32(), 0, sentences.Count - 1)));
    }

    [Fact]
    public async Task EvalSummarize_PrintsTheGainOverTheLeadWithItsInterval()
    {
        var dataset = Path.Combine(Path.GetTempPath(), $"eval-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(dataset,
        [
            """{"id": "a", "article": "Updated 3 hours ago. The river burst its banks on Monday. Hundreds of homes were flooded in the town. The army helped with sandbags.", "reference": "The river burst its banks on Monday.\nHundreds of homes were flooded."}""",
            """{"id": "b", "article": "The council voted to close the library. The vote was seven to two. Readers protested outside the town hall on Friday.", "reference": "The council voted to close the library."}""",
        ]);
        try
        {
            var text = await CliRun.RunAsync("eval", "summarize", "--dataset", dataset);
            var json = await CliRun.RunAsync("eval", "summarize", "--dataset", dataset, "--json");

            Assert.Equal(0, text.ExitCode);
            Assert.Contains("Summarizer minus lead", text.Output, StringComparison.Ordinal);
            Assert.Matches(@"summary R-1 [+-]?\d+\.\d\d \[[+-]?\d+\.\d\d, [+-]?\d+\.\d\d\]", text.Output);
            var report = JsonDocument.Parse(json.Output).RootElement;
            var gain = report.GetProperty("overLead").GetProperty("summaryRouge1");
            var expected = report.GetProperty("system").GetProperty("summary").GetProperty("rouge1").GetProperty("f1").GetDouble()
                - report.GetProperty("lead").GetProperty("summary").GetProperty("rouge1").GetProperty("f1").GetDouble();
            Assert.Equal(expected, gain.GetProperty("mean").GetDouble(), 10);
            Assert.True(gain.GetProperty("interval").GetProperty("lower").GetDouble() <= gain.GetProperty("mean").GetDouble());
        }
        finally
        {
            File.Delete(dataset);
        }
    }

    [Fact]
    public async Task Serve_WithAnUnknownProvider_StopsWithAMessageNamingTheSetting()
    {
        var run = await CliRun.RunAsync("serve", "--urls", "http://127.0.0.1:0", "--Summarization:Provider=Nope");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Summarization:Provider", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retry_WithoutAnIdOrAllFailed_IsAUsageError()
    {
        var run = await CliRun.RunAsync("retry");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--all-failed", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_WithAnUnknownStatus_IsAUsageErrorNamingTheStatuses()
    {
        var run = await CliRun.RunAsync("list", "--status", "done");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("done", run.Error, StringComparison.Ordinal);
        Assert.Contains("summarized", run.Error, StringComparison.Ordinal);
    }
}
