using Summarizer.Core.Summarization;

namespace Summarizer.Core.Tests.Summarization;

public sealed class ArticleChunkerTests
{
    private static readonly TokenBudget Budget = new("gpt-4o");

    [Fact]
    public void Split_KeepsParagraphsWholeAndPartsWithinBudget()
    {
        var article = NumberedArticle.From(TestArticles.Seed());

        var parts = ArticleChunker.Split(article.Sentences, 300, Budget.Count);

        Assert.True(parts.Count > 1);
        Assert.Equal(article.Sentences, parts.SelectMany(p => p));
        Assert.All(parts, part => Assert.True(part.Sum(s => Budget.Count(s.Text) + 4) <= 300 || part.Count == 1));
        for (var i = 1; i < parts.Count; i++)
        {
            var boundaryInsideParagraph = parts[i][0].Paragraph == parts[i - 1][^1].Paragraph;
            var paragraphTokens = article.Sentences.Where(s => s.Paragraph == parts[i][0].Paragraph).Sum(s => Budget.Count(s.Text) + 4);
            Assert.True(!boundaryInsideParagraph || paragraphTokens > 300, $"Part {i} splits a paragraph that fits the budget.");
        }
    }

    [Fact]
    public void Split_GivesOnePartWhenEverythingFits()
    {
        var article = NumberedArticle.From(TestArticles.News("library-robot"));

        var parts = ArticleChunker.Split(article.Sentences, 100_000, Budget.Count);

        Assert.Equal(article.Sentences, Assert.Single(parts));
    }

    [Fact]
    public void TokenBudget_CountsWithTheModelTokenizerAndFallsBackForUnknownModels()
    {
        var known = new TokenBudget("gpt-4o").Count("The strikes took place over about 30 minutes.");
        var unknown = new TokenBudget("llama3.1:8b").Count("The strikes took place over about 30 minutes.");

        Assert.InRange(known, 8, 14);
        Assert.Equal(known, unknown);
    }
}
