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
