using System.Text;
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

    /// <summary>Two paragraphs of a short story, for markup that a test sets around or between them.</summary>
    public const string LighthouseStory =
        "<p>The lighthouse on the north pier was lit again on Friday evening, for the first time since the storm of last winter, and a small crowd watched from the beach.</p>"
        + "<p>The harbour trust said the lamp had been rebuilt with parts from the old one, and that it would now shine every night.</p>";

    /// <summary>Cleans a page given as markup, which must be accepted.</summary>
    public static CleanedArticle CleanHtml(string html) => Accepted(Clean("page.html", Encoding.UTF8.GetBytes(html)));

    public static CleanedArticle Accepted(CleaningResult result)
    {
        Assert.False(result.IsRejected, result.RejectionReason);
        return result.Article!;
    }
}
