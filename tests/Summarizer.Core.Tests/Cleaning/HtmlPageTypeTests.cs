namespace Summarizer.Core.Tests.Cleaning;

/// <summary>Pages whose main content is not one article: a table of specifications.</summary>
public sealed class HtmlPageTypeTests
{
    [Fact]
    public void Clean_KeepsAProductsSpecificationTable_NotItsPager()
    {
        var article = CleaningTestData.CleanFile("product-specs.html");

        Assert.Contains("40 litres", article.Text, StringComparison.Ordinal);
        Assert.Contains("210D recycled nylon ripstop", article.Text, StringComparison.Ordinal);
        Assert.Contains("Sleeve and port for a 3 litre bladder", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 1 of 2", article.Text, StringComparison.Ordinal);
    }
}
