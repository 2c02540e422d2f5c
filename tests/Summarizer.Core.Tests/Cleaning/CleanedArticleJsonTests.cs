using System.Text.Json;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Tests.Cleaning;

public sealed class CleanedArticleJsonTests
{
    [Fact]
    public void CleanedArticle_RoundTripsThroughWebJson()
    {
        var article = CleaningTestData.CleanFile("news-page.html");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var copy = JsonSerializer.Deserialize<CleanedArticle>(JsonSerializer.Serialize(article, options), options)!;
        Assert.Equal(article.Title, copy.Title);
        Assert.Equal(article.Published, copy.Published);
        Assert.Equal(article.Description, copy.Description);
        Assert.Equal(article.Blocks, copy.Blocks);
        Assert.Equal(article.Text, copy.Text);
    }
}
