using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using PuppeteerSharp;
using Summarizer.Cli.Tests.Hosting;
using Summarizer.Core.Articles;
using Summarizer.Testing;
using Summarizer.Testing.Browser;

namespace Summarizer.Cli.Tests.Api;

/// <summary>The browse page used as a person uses it, in headless Chromium against a running <c>serve</c>.</summary>
public sealed partial class BrowsePageWorkflowTests : IAsyncLifetime
{
    private LocalPipeline _pipeline = null!;
    private HeadlessChromium _chromium = null!;

    public async Task InitializeAsync()
    {
        _pipeline = await LocalPipeline.StartAsync();
        _chromium = await HeadlessChromium.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _pipeline.DisposeAsync();
    }

    private Uri Ui(string rest = "") => new(_pipeline.BaseAddress, "api/ui" + rest);

    [Fact]
    public async Task FileChosenOnThePage_AppearsAtOnce_AndReachesSummarizedWithoutAReload()
    {
        var tab = await _chromium.OpenAsync();
        await tab.GoToAsync(Ui());
        await tab.EvaluateAsync<int>("window.loadedOnce = 42");
        var input = await tab.Page.QuerySelectorAsync("#file");

        await input.UploadFileAsync(RepositoryPaths.SeedArticle);

        var id = ArticleId.FromBlobName(Path.GetFileName(RepositoryPaths.SeedArticle));
        await tab.WaitForAsync($"document.querySelector('#list li[data-id=\"{id}\"]') !== null", TimeSpan.FromSeconds(5));
        Assert.Equal(id, await tab.EvaluateAsync<string>("document.querySelector('#list li').dataset.id"));
        await tab.WaitForAsync($"document.querySelector('#list li[data-id=\"{id}\"] .status')?.textContent === 'summarized'", TimeSpan.FromSeconds(60));
        Assert.Equal(42, await tab.EvaluateAsync<int>("window.loadedOnce"));
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task TextPastedWithAName_IsAddedUnderThatName()
    {
        var tab = await _chromium.OpenAsync();
        await tab.GoToAsync(Ui());
        await tab.Page.TypeAsync("#paste-text", "Council agrees budget\n\nThe council met on Monday and agreed the budget for next year. Roads and schools get more money.");
        await tab.Page.TypeAsync("#paste-name", "council notes");

        await tab.Page.ClickAsync("#paste-form button");

        var id = ArticleId.FromBlobName("council notes.txt");
        await tab.WaitForAsync($"document.querySelector('#list li[data-id=\"{id}\"] .status')?.textContent === 'summarized'", TimeSpan.FromSeconds(60));
        Assert.Equal("Council agrees budget", await tab.EvaluateAsync<string>($"document.querySelector('#list li[data-id=\"{id}\"] .title').textContent"));
        Assert.Equal(string.Empty, await tab.EvaluateAsync<string>("document.querySelector('#paste-text').value"));
    }

    [Fact]
    public async Task UrlPastedOnThePage_IsPostedAsJson_AndTheApisRefusalIsShown()
    {
        var tab = await _chromium.OpenAsync();
        var posted = new TaskCompletionSource<(string? ContentType, string? Body)>();
        await tab.Page.SetRequestInterceptionAsync(true);
        tab.Page.Request += async (_, e) =>
        {
            if (e.Request.Method == HttpMethod.Post && e.Request.Url.EndsWith("/api/articles", StringComparison.Ordinal))
            {
                var contentType = e.Request.Headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value;
                posted.TrySetResult((contentType, e.Request.PostData?.ToString()));
                await e.Request.RespondAsync(new ResponseData
                {
                    Status = HttpStatusCode.BadRequest,
                    ContentType = "application/problem+json",
                    Body = "{\"type\":\"about:blank\",\"title\":\"Invalid URL\",\"status\":400,\"detail\":\"Only http and https URLs can be fetched.\"}",
                });
            }
            else
            {
                await e.Request.ContinueAsync();
            }
        };
        await tab.GoToAsync(Ui());

        await tab.Page.TypeAsync("#url", "https://example.com/story");
        await tab.Page.ClickAsync("#url-form button");

        var (contentType, body) = await posted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.StartsWith("application/json", contentType, StringComparison.Ordinal);
        Assert.Equal("https://example.com/story", JsonDocument.Parse(body!).RootElement.GetProperty("url").GetString());
        await tab.WaitForAsync("document.querySelector('#upload-message').textContent.includes('Only http and https URLs can be fetched.')");
        Assert.Equal("error", await tab.EvaluateAsync<string>("document.querySelector('#upload-message').className"));
        Assert.Equal("https://example.com/story", await tab.EvaluateAsync<string>("document.querySelector('#url').value"));
        Assert.Equal(0, await tab.EvaluateAsync<int>("document.querySelectorAll('#list li').length"));
    }

    [Fact]
    public async Task SelectingAKeyPointByKeyboard_MarksTheSentencesItCites_AndScrollsToThem()
    {
        var id = await UploadAndWaitAsync("us-strikes.txt", await File.ReadAllBytesAsync(RepositoryPaths.SeedArticle), ArticleStatus.Summarized);
        var summary = await _pipeline.WaitForStatusAsync(id, ArticleStatus.Summarized);
        var firstPoint = summary.GetProperty("keyPoints")[0];
        var tab = await _chromium.OpenAsync(1280, 700);
        await tab.GoToAsync(Ui("#" + id));
        await tab.WaitForAsync("document.querySelectorAll('#article span[data-sentence]').length > 0 && document.querySelector('.points button') !== null");
        Assert.Equal(0, await tab.EvaluateAsync<int>("document.querySelectorAll('#article mark').length"));

        var button = await tab.Page.QuerySelectorAsync(".points button");
        await button.FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");

        await tab.WaitForAsync("document.querySelectorAll('#article mark').length > 0");
        var marked = await tab.EvaluateAsync<string[]>("[...document.querySelectorAll('#article mark')].map(m => m.textContent)");
        var cited = firstPoint.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!).ToArray();
        Assert.Equal(cited, marked);
        Assert.All(marked, text => Assert.False(string.IsNullOrWhiteSpace(text)));
        Assert.True(await tab.EvaluateAsync<bool>(
            "(() => { const r = document.querySelector('#article mark').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()"),
            "The first marked sentence was not scrolled into view.");
        Assert.Equal("true", await tab.EvaluateAsync<string>("document.activeElement.getAttribute('aria-pressed')"));
        Assert.NotEqual("none", await tab.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        Assert.Equal(0, await tab.EvaluateAsync<int>("document.querySelectorAll('.unfound').length"));
        Assert.Empty(tab.Errors);
        await tab.Page.ScreenshotAsync(Path.Combine(HeadlessChromium.ArtifactsDirectory, "key-point-marked.png"));
    }

    [Fact]
    public async Task KeyPointCitingASentenceTheArticleDoesNotHave_IsFlagged()
    {
        var id = await UploadAndWaitAsync("us-strikes.txt", await File.ReadAllBytesAsync(RepositoryPaths.SeedArticle), ArticleStatus.Summarized);
        var tab = await _chromium.OpenAsync();
        await ServeCleanedAsync(tab, id, body =>
        {
            // The cleaned article loses all but its first block, as if it no longer matched the summary.
            while (body.Count > 1)
            {
                body.RemoveAt(body.Count - 1);
            }
        });

        await tab.GoToAsync(Ui("#" + id));

        await tab.WaitForAsync("document.querySelector('.points') !== null");
        var flags = await tab.EvaluateAsync<string[]>("[...document.querySelectorAll('.points .unfound')].map(f => f.textContent)");
        Assert.NotEmpty(flags);
        Assert.All(flags, f => Assert.Matches("Cited sentences? [0-9, ]+ not found", f));
    }

    [Fact]
    public async Task KeyPointWhoseSentencesWereNumberedDifferently_StillMarksTheQuotedSentences()
    {
        var id = await UploadAndWaitAsync("us-strikes.txt", await File.ReadAllBytesAsync(RepositoryPaths.SeedArticle), ArticleStatus.Summarized);
        var summary = await _pipeline.WaitForStatusAsync(id, ArticleStatus.Summarized);
        var tab = await _chromium.OpenAsync();
        await ServeCleanedAsync(tab, id, body =>
        {
            // A sentence put in front shifts every number by one, as a changed sentence splitter would.
            foreach (var sentence in body.SelectMany(b => b!["sentences"]!.AsArray()))
            {
                sentence!["index"] = sentence["index"]!.GetValue<int>() + 1;
            }

            body.Insert(0, System.Text.Json.Nodes.JsonNode.Parse("{\"kind\":\"paragraph\",\"text\":\"Inserted.\",\"sentences\":[{\"index\":0,\"paragraph\":0,\"text\":\"Inserted.\"}]}"));
        });
        await tab.GoToAsync(Ui("#" + id));
        await tab.WaitForAsync("document.querySelector('.points button') !== null && document.querySelector('#article span[data-sentence]') !== null");

        await tab.Page.ClickAsync(".points button");

        await tab.WaitForAsync("document.querySelectorAll('#article mark').length > 0");
        var cited = summary.GetProperty("keyPoints")[0].GetProperty("sources").EnumerateArray().Select(s => s.GetString()!).ToArray();
        Assert.Equal(cited, await tab.EvaluateAsync<string[]>("[...document.querySelectorAll('#article mark')].map(m => m.textContent)"));
        Assert.Equal(0, await tab.EvaluateAsync<int>("document.querySelectorAll('.unfound').length"));
    }

    [Fact]
    public async Task ArticleTitledWithMarkup_ShowsTheMarkupAsText()
    {
        var html = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "markup-title.html"));
        var id = await UploadAndWaitAsync("markup-title.html", html, ArticleStatus.Summarized);
        var tab = await _chromium.OpenAsync();

        await tab.GoToAsync(Ui("#" + id));

        await tab.WaitForAsync("document.querySelector('main h2') !== null");
        const string title = "<img src=x onerror=alert(1)>";
        Assert.Equal(title, await tab.EvaluateAsync<string>("document.querySelector('main h2').textContent"));
        Assert.Equal(title, await tab.EvaluateAsync<string>("document.querySelector('#list .title').textContent"));
        Assert.Equal(0, await tab.EvaluateAsync<int>("document.querySelectorAll('img').length"));
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task RejectedArticle_ShowsTheReason_AndTheOriginalFilesSizeAndType()
    {
        var png = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "pixel.png"));
        var id = await UploadAndWaitAsync("pixel.png", png, ArticleStatus.Rejected, "image/png");
        var tab = await _chromium.OpenAsync();

        await tab.GoToAsync(Ui("#" + id));

        await tab.WaitForAsync("document.querySelector('main .panel') !== null");
        var panel = await tab.EvaluateAsync<string>("document.querySelector('main .panel').textContent");
        var reason = (await _pipeline.WaitForStatusAsync(id, ArticleStatus.Rejected)).GetProperty("error").GetString()!;
        Assert.Contains("Rejected: " + reason, panel, StringComparison.Ordinal);
        Assert.Contains($"Original file: {png.Length} bytes, image/png", panel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At375PixelsWide_ThePageFitsWithoutSidewaysScrolling_AndIsKeptAsAScreenshot()
    {
        var id = await UploadAndWaitAsync("us-strikes.txt", await File.ReadAllBytesAsync(RepositoryPaths.SeedArticle), ArticleStatus.Summarized);
        var tab = await _chromium.OpenAsync(375, 812);
        await tab.GoToAsync(Ui("#" + id));
        await tab.WaitForAsync("document.querySelectorAll('#article span[data-sentence]').length > 0");
        await tab.Page.ClickAsync(".points button");
        await tab.WaitForAsync("document.querySelector('#article mark') !== null");

        var screenshot = Path.Combine(HeadlessChromium.ArtifactsDirectory, "browse-375px.png");
        await tab.Page.ScreenshotAsync(screenshot, new ScreenshotOptions { FullPage = true });

        Assert.True(await tab.EvaluateAsync<bool>("document.documentElement.scrollWidth <= innerWidth"),
            $"The page is {await tab.EvaluateAsync<int>("document.documentElement.scrollWidth")} px wide at 375 px.");
        var columns = await tab.EvaluateAsync<double[]>(
            "[document.querySelector('#summary').getBoundingClientRect().left, document.querySelector('#article').getBoundingClientRect().left]");
        Assert.Equal(columns[0], columns[1], 1.0);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "The screenshot is missing or empty.");
        using var image = File.OpenRead(screenshot);
        var header = new byte[24];
        await image.ReadExactlyAsync(header);
        Assert.Equal(375, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)));
    }

    [Fact]
    public async Task Dashboard_ShowsCountsByStatus_AndTheHourlyChart()
    {
        await UploadAndWaitAsync("us-strikes.txt", await File.ReadAllBytesAsync(RepositoryPaths.SeedArticle), ArticleStatus.Summarized);
        await UploadAndWaitAsync("empty.txt", [], ArticleStatus.Rejected);
        var tab = await _chromium.OpenAsync();

        await tab.GoToAsync(Ui("#stats"));

        await tab.WaitForAsync("document.querySelector('dd[data-status=\"summarized\"]') !== null");
        Assert.Equal("1", await tab.EvaluateAsync<string>("document.querySelector('dd[data-status=\"summarized\"]').textContent"));
        Assert.Equal("1", await tab.EvaluateAsync<string>("document.querySelector('dd[data-status=\"rejected\"]').textContent"));
        Assert.Equal("0", await tab.EvaluateAsync<string>("document.querySelector('dd[data-status=\"failed\"]').textContent"));
        Assert.Equal(24, await tab.EvaluateAsync<int>("document.querySelectorAll('svg.chart rect.bar').length"));
        Assert.Equal(1, await tab.EvaluateAsync<int>("[...document.querySelectorAll('svg.chart rect.bar')].filter(r => +r.getAttribute('height') > 0).length"));
        Assert.Matches("^Median [0-9.]+ m?s · 95th percentile [0-9.]+ m?s · over 1 article$", await tab.EvaluateAsync<string>("document.querySelector('#times').textContent"));
        Assert.True(await tab.EvaluateAsync<bool>("document.querySelector('#articles-pane').hidden"));
        await tab.Page.ScreenshotAsync(Path.Combine(HeadlessChromium.ArtifactsDirectory, "dashboard.png"));
    }

    [Fact]
    public async Task Page_IsServedWithAPolicyThatAllowsNoInlineScript_AndItsScriptAsAFile()
    {
        using var page = await _pipeline.Http.GetAsync("api/ui");
        using var script = await _pipeline.Http.GetAsync("api/ui/app.js");

        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        var scriptSources = ScriptSrc().Match(policy).Groups[1].Value;
        Assert.Equal("'self'", scriptSources.Trim());
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
        Assert.DoesNotMatch("\\son[a-z]+=", html);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("function api(", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnA401_ThePageAsksForTheKeyOnce_SendsIt_AndSaysPlainlyWhenItIsRefused()
    {
        const string key = "right-key";
        var sent = new System.Collections.Concurrent.ConcurrentBag<string?>();
        var tab = await _chromium.OpenAsync();
        await tab.Page.SetRequestInterceptionAsync(true);
        tab.Page.Request += async (_, e) =>
        {
            // As the Functions app does: every data route needs the key; the page and its script do not.
            var isData = e.Request.Url.Contains("/api/summaries", StringComparison.Ordinal) || e.Request.Url.Contains("/api/stats", StringComparison.Ordinal);
            e.Request.Headers.TryGetValue("x-functions-key", out var given);
            if (isData)
            {
                sent.Add(given);
            }

            if (isData && given != key)
            {
                await e.Request.RespondAsync(new ResponseData { Status = HttpStatusCode.Unauthorized, Body = string.Empty });
            }
            else
            {
                await e.Request.ContinueAsync();
            }
        };

        await tab.GoToAsync(Ui());
        await tab.WaitForAsync("!document.querySelector('#key-form').hidden");
        Assert.Contains("needs a function key", await tab.EvaluateAsync<string>("document.querySelector('#notice-text').textContent"), StringComparison.Ordinal);
        await tab.Page.TypeAsync("#key", "wrong-key");
        await tab.Page.ClickAsync("#key-form button");
        await tab.WaitForAsync("document.querySelector('#notice-text').textContent.includes('refused')");
        Assert.False(await tab.EvaluateAsync<bool>("document.querySelector('#notice').hidden"));
        await tab.Page.TypeAsync("#key", key);
        await tab.Page.ClickAsync("#key-form button");
        await tab.WaitForAsync("document.querySelector('#count').textContent === '0 articles'");

        Assert.True(await tab.EvaluateAsync<bool>("document.querySelector('#notice').hidden"));
        Assert.Equal(key, await tab.EvaluateAsync<string>("sessionStorage.getItem('summarizer.functionKey')"));
        Assert.Contains("wrong-key", sent);
        Assert.Contains(key, sent);
        await tab.GoToAsync(Ui("#stats"));
        await tab.WaitForAsync("document.querySelector('dd[data-status=\"pending\"]') !== null");
        Assert.True(await tab.EvaluateAsync<bool>("document.querySelector('#key-form').hidden"), "The key was asked for again.");
    }

    [Fact]
    public async Task Stats_AnswersWithCountsByStatus()
    {
        await UploadAndWaitAsync("us-strikes.txt", await File.ReadAllBytesAsync(RepositoryPaths.SeedArticle), ArticleStatus.Summarized);

        var stats = await _pipeline.Http.GetFromJsonAsync<JsonElement>("api/stats");

        var counts = stats.GetProperty("counts");
        Assert.Equal(1, counts.GetProperty("summarized").GetInt32());
        Assert.Equal(0, counts.GetProperty("pending").GetInt32());
        Assert.Equal(1, stats.GetProperty("uploadToSummary").GetProperty("articles").GetInt32());
    }

    /// <summary>Answers the page's request for the cleaned article with the real one, its <c>body</c> changed by <paramref name="change"/>.</summary>
    private async Task ServeCleanedAsync(BrowserTab tab, string id, Action<System.Text.Json.Nodes.JsonArray> change)
    {
        var cleaned = new Uri(_pipeline.BaseAddress, $"api/articles/{id}/cleaned").ToString();
        await tab.Page.SetRequestInterceptionAsync(true);
        tab.Page.Request += async (_, e) =>
        {
            if (e.Request.Url == cleaned)
            {
                using var response = await _pipeline.Http.GetAsync(cleaned);
                var json = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
                change(json["body"]!.AsArray());
                await e.Request.RespondAsync(new ResponseData { Status = HttpStatusCode.OK, ContentType = "application/json", Body = json.ToJsonString() });
            }
            else
            {
                await e.Request.ContinueAsync();
            }
        };
    }

    private async Task<string> UploadAndWaitAsync(string name, byte[] content, string status, string? contentType = null)
    {
        using var body = new ByteArrayContent(content);
        if (contentType is not null)
        {
            body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        using var posted = await _pipeline.Http.PostAsync($"api/articles?name={Uri.EscapeDataString(name)}", body);
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var id = ArticleId.FromBlobName(name);
        await _pipeline.WaitForStatusAsync(id, status);
        return id;
    }

    [GeneratedRegex("script-src([^;]*)")]
    private static partial Regex ScriptSrc();
}
