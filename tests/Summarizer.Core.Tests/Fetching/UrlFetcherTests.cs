using System.Text;
using Microsoft.Extensions.Options;
using Summarizer.Core.Fetching;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Fetching;

public sealed class UrlFetcherTests : IAsyncLifetime
{
    private const string Page = "<html><head><title>Harbour</title></head><body><p>The harbour reopened.</p></body></html>";
    private LoopbackPageServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackPageServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Fetch_ReadsLoopbackPageWhenAllowed_AndGivesTheUrlAfterRedirects()
    {
        _server.Page("article", Page);
        _server.Redirect("old", "/moved");
        _server.Redirect("moved", _server.Url("article").AbsoluteUri);
        using var fetcher = Fetcher(allowLoopback: true);

        var result = await fetcher.FetchAsync(_server.Url("old"), default);

        Assert.Null(result.Refused ?? result.Failed);
        Assert.Equal(Page, Encoding.UTF8.GetString(result.Content!));
        Assert.Equal(_server.Url("article"), result.FinalUrl);
        Assert.StartsWith("text/html", result.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_RefusesLoopbackByDefault_WithoutConnecting()
    {
        _server.Page("article", Page);
        using var fetcher = Fetcher(allowLoopback: false);

        var result = await fetcher.FetchAsync(_server.Url("article"), default);

        Assert.Contains("loopback", result.Refused, StringComparison.Ordinal);
        Assert.Empty(_server.RequestedPaths);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://[fd00::1]/")]
    [InlineData("http://localhost/")]
    [InlineData("http://[::ffff:169.254.169.254]/")]
    public async Task Fetch_RefusesInternalAddressesByDefault(string url)
    {
        using var fetcher = Fetcher(allowLoopback: false);

        var result = await fetcher.FetchAsync(new Uri(url), default);

        Assert.NotNull(result.Refused);
        Assert.Null(result.Content);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("file:///etc/passwd")]
    public async Task Fetch_RefusesRedirectIntoInternalAddressOrOtherScheme(string target)
    {
        _server.Redirect("jump", target);
        using var fetcher = Fetcher(allowLoopback: true);

        var result = await fetcher.FetchAsync(_server.Url("jump"), default);

        Assert.NotNull(result.Refused);
        Assert.Equal(["/jump"], _server.RequestedPaths);
    }

    [Fact]
    public async Task Fetch_FailsAfterTooManyRedirects()
    {
        for (var i = 0; i < 7; i++)
        {
            _server.Redirect($"hop{i}", $"/hop{i + 1}");
        }

        using var fetcher = Fetcher(allowLoopback: true);

        var result = await fetcher.FetchAsync(_server.Url("hop0"), default);

        Assert.Contains("Fetch:MaxRedirects", result.Failed, StringComparison.Ordinal);
        Assert.Equal(6, _server.RequestedPaths.Count);
    }

    [Fact]
    public async Task Fetch_FailsOnPageOverTheSizeLimit()
    {
        _server.Page("big", new string('x', 5000), "text/plain");
        using var fetcher = Fetcher(allowLoopback: true, maxBytes: 2048);

        var result = await fetcher.FetchAsync(_server.Url("big"), default);

        Assert.Contains("Fetch:MaxBytes", result.Failed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_FailsOnContentTypeThatIsNoArticle()
    {
        _server.Page("picture", "not really a picture", "image/png");
        using var fetcher = Fetcher(allowLoopback: true);

        var result = await fetcher.FetchAsync(_server.Url("picture"), default);

        Assert.Contains("image/png", result.Failed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_FailsOnErrorStatus()
    {
        using var fetcher = Fetcher(allowLoopback: true);

        var result = await fetcher.FetchAsync(_server.Url("missing"), default);

        Assert.Contains("404", result.Failed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_FailsWhenThePageIsSlowerThanTheTimeLimit()
    {
        _server.Page("slow", Page, delay: TimeSpan.FromSeconds(10));
        using var fetcher = Fetcher(allowLoopback: true, timeoutSeconds: 1);

        var result = await fetcher.FetchAsync(_server.Url("slow"), default);

        Assert.Contains("Fetch:TimeoutSeconds", result.Failed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.org/file")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://user:secret@example.org/")]
    [InlineData("/relative/path")]
    [InlineData("")]
    public void CheckForm_RefusesOtherSchemesCredentialsAndRelativeUrls(string url)
    {
        Assert.NotNull(UrlFetcher.CheckForm(url));
    }

    private static UrlFetcher Fetcher(bool allowLoopback, long maxBytes = 1024 * 1024, int timeoutSeconds = 10) =>
        new(Options.Create(new FetchOptions { AllowLoopback = allowLoopback, MaxBytes = maxBytes, TimeoutSeconds = timeoutSeconds }));
}
