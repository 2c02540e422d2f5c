using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Tests.Cleaning;

public sealed class BadInputTests
{
    private const string Paragraph = "The harbour bridge reopened on Thursday after a repair that took two years, and drivers pay the same toll as before.";

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    public void Clean_RejectsEmptyOrWhitespace(string content)
    {
        var result = CleaningTestData.Clean("empty.txt", Encoding.UTF8.GetBytes(content));
        Assert.True(result.IsRejected);
        Assert.Contains("empty", result.RejectionReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Clean_RejectsBinaryFileFormats()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        var result = CleaningTestData.Clean("picture.html", png);
        Assert.True(result.IsRejected);
        Assert.StartsWith("The upload is a PNG image, not an article.", result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_RejectsRandomBytes()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var result = CleaningTestData.Clean("noise.txt", bytes);
        Assert.True(result.IsRejected);
        Assert.Contains("binary", result.RejectionReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Clean_RejectsInputOverTheSizeLimit()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Paragraph + "\n\n", 100)));
        var result = CleaningTestData.Cleaner(maxInputBytes: 4096).Clean(new ArticleSource("long.txt", null, bytes));
        Assert.True(result.IsRejected);
        Assert.Contains("limit", result.RejectionReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Clean_RejectsGzipThatInflatesOverTheSizeLimit()
    {
        var bomb = Gzip(new byte[1024 * 1024]);
        var result = CleaningTestData.Cleaner(maxInputBytes: 64 * 1024).Clean(new ArticleSource("bomb.html.gz", null, bomb));
        Assert.True(result.IsRejected);
        Assert.Contains("limit", result.RejectionReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Clean_RejectsCorruptGzip()
    {
        byte[] corrupt = [0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
        var result = CleaningTestData.Clean("page.html.gz", corrupt);
        Assert.True(result.IsRejected);
        Assert.Contains("gzip", result.RejectionReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Clean_ReadsGzipCompressedHtml()
    {
        var article = CleaningTestData.Accepted(CleaningTestData.Clean("news-page.html.gz", Gzip(CleaningTestData.Read("news-page.html"))));
        Assert.Equal("Harbour bridge reopens after two-year repair", article.Title);
        Assert.Equal("html", article.Format);
    }

    [Fact]
    public void Clean_RejectsHtmlWithoutText()
    {
        var result = CleaningTestData.Clean("page.html", Encoding.UTF8.GetBytes("<html><body><div><img src=a.png></div><script>var x = 1;</script></body></html>"));
        Assert.True(result.IsRejected);
        Assert.Contains("No article text", result.RejectionReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div>", 100_000)]
    [InlineData("<span><b>", 50_000)]
    [InlineData("<table><tr><td>", 30_000)]
    [InlineData("<blockquote><ul><li>", 30_000)]
    public void Clean_SurvivesDeepNesting(string opening, int depth)
    {
        var html = "<html><head><title>Deep</title></head><body>" + string.Concat(Enumerable.Repeat(opening, depth)) + "<p>" + Paragraph + "</p></body></html>";
        var article = CleanWithoutHanging("deep.html", html);
        Assert.Contains(Paragraph, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_SurvivesManyUnclosedFormattingElements()
    {
        var html = "<html><body><p>" + Paragraph + "</p>" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<b id=b{i}><i>x ")) + "</body></html>";
        var article = CleanWithoutHanging("unclosed.html", html);
        Assert.Contains(Paragraph, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_SurvivesHugeAttributes()
    {
        var html = "<html><body><div class=\"" + new string('a', 4_000_000) + "\" id=\"" + new string('-', 100_000) + "\"><p>" + Paragraph + "</p><p>" + Paragraph + "</p></div></body></html>";
        var article = CleanWithoutHanging("attributes.html", html);
        Assert.Contains(Paragraph, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_SurvivesUnclosedTagsAndTruncatedMarkup()
    {
        var html = "<html><head><title>Cut short</title><body><div class=story><p>" + Paragraph + "<p>" + Paragraph + "<div><a href=\"x";
        var article = CleanWithoutHanging("truncated.html", html);
        Assert.Contains(Paragraph, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_SurvivesDeeplyNestedMarkdown()
    {
        var markdown = "# Deep\n\n" + new string('>', 50_000) + " quoted\n\n" + string.Concat(Enumerable.Range(0, 2000).Select(i => new string(' ', i * 2) + "- item\n")) + "\n" + Paragraph + "\n";
        var article = CleanWithoutHanging("deep.md", markdown);
        Assert.Contains(Paragraph, article.Text, StringComparison.Ordinal);
    }

    private static CleanedArticle CleanWithoutHanging(string name, string content)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = CleaningTestData.Clean(name, Encoding.UTF8.GetBytes(content));

        // A hang detector, not a speed target (speed is measured by `eval clean`): only a hang or a runaway
        // quadratic blow-up takes minutes on these inputs.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromMinutes(2), $"Cleaning took {stopwatch.Elapsed}.");
        return CleaningTestData.Accepted(result);
    }

    private static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }
}
