using Summarizer.Core.Articles;

namespace Summarizer.Core.Tests.Articles;

public sealed class ArticleIdTests
{
    [Fact]
    public void FromBlobName_IsDeterministicAndReadable()
    {
        var id = ArticleId.FromBlobName("news/My Article.html");

        Assert.Equal(id, ArticleId.FromBlobName("news/My Article.html"));
        Assert.StartsWith("my-article-", id, StringComparison.Ordinal);
        Assert.True(ArticleId.IsValid(id));
    }

    [Theory]
    [InlineData("a.txt", "a.html")]
    [InlineData("x/report.md", "y/report.md")]
    [InlineData("Report.txt", "report.txt")]
    public void FromBlobName_GivesDistinctNamesDistinctIds(string first, string second)
    {
        Assert.NotEqual(ArticleId.FromBlobName(first), ArticleId.FromBlobName(second));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("Ünïcödé façade – 日本語.html")]
    [InlineData("name with spaces and 'quotes' or PartitionKey ne ''.txt")]
    [InlineData("日本語.txt")]
    public void FromBlobName_IsSafeForUrlsAndTableKeys(string name)
    {
        var id = ArticleId.FromBlobName(name);

        Assert.True(ArticleId.IsValid(id), id);
        Assert.Matches("^[a-z0-9-]+$", id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("UPPER-1234567890ab")]
    [InlineData("x' or RowKey ne '")]
    [InlineData("../secrets-1234567890ab")]
    [InlineData("short")]
    public void IsValid_RejectsWhatNoUploadProduces(string id)
    {
        Assert.False(ArticleId.IsValid(id));
    }
}
