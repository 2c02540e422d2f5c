using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Tests.Cleaning;

public sealed class FormatDetectorTests
{
    [Theory]
    [InlineData("page.html", null, "plain words", "html")]
    [InlineData("page.htm.gz", null, "plain words", "html")]
    [InlineData("notes.md", null, "plain words", "markdown")]
    [InlineData("notes.txt", null, "<html><body>x</body></html>", "text")]
    [InlineData("upload", "text/html; charset=utf-8", "plain words", "html")]
    [InlineData("upload", null, "<!DOCTYPE html><html><body><p>x</p></body></html>", "html")]
    [InlineData("upload", null, "# Title\n\nSome [link](http://x.example) and **bold** text.", "markdown")]
    [InlineData("upload", null, "Title\n\nJust a paragraph of pasted text.", "text")]
    public void Detect_UsesExtensionThenContentTypeThenContent(string name, string? contentType, string text, string expected)
    {
        Assert.Equal(expected, FormatDetector.Label(FormatDetector.Detect(name, contentType, text)));
    }
}
