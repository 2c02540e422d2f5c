using System.Diagnostics;
using System.Text.RegularExpressions;
using Summarizer.Cli.Tests.Hosting;
using Summarizer.Core.Articles;
using Summarizer.Testing;

namespace Summarizer.Cli.Tests.Api;

/// <summary>The browse page as a person sees it: rendered by headless Chromium against a running <c>serve</c>.</summary>
public sealed class BrowsePageTests : IAsyncLifetime
{
    private LocalPipeline _pipeline = null!;

    public async Task InitializeAsync() => _pipeline = await LocalPipeline.StartAsync();

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public async Task BrowsePage_ListsArticles_AndShowsTheSummaryWithKeyPoints()
    {
        using var seed = new ByteArrayContent(await File.ReadAllBytesAsync(RepositoryPaths.SeedArticle));
        using var posted = await _pipeline.Http.PostAsync("api/articles?name=us-strikes.txt", seed);
        using var empty = await _pipeline.Http.PostAsync("api/articles?name=empty.txt", new ByteArrayContent([]));
        var id = ArticleId.FromBlobName("us-strikes.txt");
        await _pipeline.WaitForStatusAsync(id, ArticleStatus.Summarized);
        await _pipeline.WaitForStatusAsync(ArticleId.FromBlobName("empty.txt"), ArticleStatus.Rejected);

        var dom = await RenderAsync(new Uri(_pipeline.BaseAddress, $"api/ui#{id}"));

        Assert.Contains("2 articles", dom, StringComparison.Ordinal);
        Assert.Contains("<h2>US hits hard at militias in Iraq and Syria, retaliating for fatal drone attack</h2>", dom, StringComparison.Ordinal);
        Assert.Contains("<h3>Key points</h3>", dom, StringComparison.Ordinal);
        var keyPoints = Regex.Match(dom, "<h3>Key points</h3><ol[^>]*>(.*?)</ol>", RegexOptions.Singleline).Groups[1].Value;
        Assert.InRange(Regex.Count(keyPoints, "<li>"), 3, 7);
        Assert.Contains("class=\"status rejected\"", dom, StringComparison.Ordinal);

        var rejectedOnly = await RenderAsync(new Uri(_pipeline.BaseAddress, "api/ui?status=rejected"));

        Assert.Contains("1 article<", rejectedOnly, StringComparison.Ordinal);
        Assert.Contains("class=\"status rejected\"", rejectedOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"status summarized\"", rejectedOnly, StringComparison.Ordinal);
    }

    /// <summary>The page's DOM after its scripts ran, from Debian's Chromium (test.sh installs it).</summary>
    private static async Task<string> RenderAsync(Uri url)
    {
        var start = new ProcessStartInfo("chromium")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var profile = Directory.CreateTempSubdirectory("chromium-");
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.FullName}", "--virtual-time-budget=10000", "--dump-dom", url.ToString(),
        })
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var chromium = Process.Start(start)!;
            var dom = chromium.StandardOutput.ReadToEndAsync();
            _ = chromium.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await chromium.WaitForExitAsync(timeout.Token);
            return await dom;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
