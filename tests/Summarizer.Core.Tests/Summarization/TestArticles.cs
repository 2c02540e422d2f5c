using System.Text.Json;
using Summarizer.Core.Cleaning;
using Summarizer.Testing;

namespace Summarizer.Core.Tests.Summarization;

/// <summary>Articles from the summarization test data and the shared seed, as the cleaner would hand them over.</summary>
internal static class TestArticles
{
    public static string DataPath(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Summarization", name);

    public static CleanedArticle News(string id)
    {
        foreach (var line in File.ReadLines(DataPath("news-sample.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.GetProperty("id").GetString() == id)
            {
                return FromText(id, json.RootElement.GetProperty("article").GetString()!);
            }
        }

        throw new InvalidOperationException($"No test article {id}.");
    }

    public static CleanedArticle FromText(string title, string text, string? language = "en")
    {
        var blocks = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => new ArticleBlock(BlockKind.Paragraph, line))
            .ToList();
        return new CleanedArticle(title, null, null, null, language, null, "text", blocks);
    }

    public static CleanedArticle Seed()
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.SeedArticle);
        var result = new ArticleCleaner(Microsoft.Extensions.Options.Options.Create(new CleaningOptions())).Clean(new ArticleSource(Path.GetFileName(RepositoryPaths.SeedArticle), "text/plain", bytes));
        return result.Article ?? throw new InvalidOperationException(result.RejectionReason);
    }
}
