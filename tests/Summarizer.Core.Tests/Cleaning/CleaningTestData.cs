using Microsoft.Extensions.Options;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Tests.Cleaning;

/// <summary>Reads the files under TestData/Cleaning and cleans them with default options.</summary>
internal static class CleaningTestData
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "Cleaning");

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    public static ArticleCleaner Cleaner(long maxInputBytes = 16 * 1024 * 1024) =>
        new(Options.Create(new CleaningOptions { MaxInputBytes = maxInputBytes }));

    public static CleanedArticle CleanFile(string name) => Accepted(Cleaner().Clean(new ArticleSource(name, null, Read(name))));

    public static CleaningResult Clean(string name, byte[] content, string? contentType = null) =>
        Cleaner().Clean(new ArticleSource(name, contentType, content));

    public static CleanedArticle Accepted(CleaningResult result)
    {
        Assert.False(result.IsRejected, result.RejectionReason);
        return result.Article!;
    }
}
