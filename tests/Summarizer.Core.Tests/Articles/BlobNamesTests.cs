using Summarizer.Core.Articles;

namespace Summarizer.Core.Tests.Articles;

public sealed class BlobNamesTests
{
    [Theory]
    [InlineData("article.html")]
    [InlineData("2024/02/us strikes.txt")]
    [InlineData("日本語の記事.md")]
    public void Validate_AcceptsOrdinaryNames(string name)
    {
        Assert.Null(BlobNames.Validate(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../escape.txt")]
    [InlineData("a/../b.txt")]
    [InlineData("/leading.txt")]
    [InlineData("trailing/")]
    [InlineData("double//slash.txt")]
    [InlineData("back\\slash.txt")]
    [InlineData("tab\tname.txt")]
    [InlineData("dot.")]
    public void Validate_RejectsTraversalAndOddShapes(string name)
    {
        Assert.NotNull(BlobNames.Validate(name));
    }

    [Fact]
    public void FromContent_NamesByHashAndType()
    {
        Assert.Equal("upload-0123456789abcdef.html", BlobNames.FromContent("0123456789abcdef0123", "text/html; charset=utf-8"));
        Assert.Equal("upload-0123456789abcdef.txt", BlobNames.FromContent("0123456789abcdef0123", null));
    }
}
