using System.Globalization;
using System.Text.Json.Serialization;
using Summarizer.Core.Cleaning;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// One page as an extractor outputs it: the shape that <c>summarizer clean</c> prints and that rival extractors'
/// outputs are compared in. <see cref="ElapsedMs"/> is optional and lets their throughput be reported.
/// </summary>
public sealed record ExtractorPageOutput(
    string? Title,
    string? Byline,
    string? Published,
    string? Site,
    string? Language,
    string? Url,
    string Text)
{
    /// <summary>Time the extractor spent on the page, when it reports it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ElapsedMs { get; init; }

    /// <summary>
    /// The text under the name the Article Extraction Benchmark's outputs give it (<c>articleBody</c>), so those
    /// outputs can be compared as they are; read in place of a missing <see cref="Text"/>, never written.
    /// </summary>
    [JsonPropertyName("articleBody")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ArticleBody { get; init; }

    /// <summary>Why the page was rejected, when it was.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Rejected { get; init; }

    public static ExtractorPageOutput FromArticle(CleanedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ExtractorPageOutput(
            article.Title,
            article.Byline,
            article.Published?.ToString("o", CultureInfo.InvariantCulture),
            article.Site,
            article.Language,
            article.Url,
            article.Text);
    }

    public static ExtractorPageOutput FromRejection(string reason) => new(null, null, null, null, null, null, string.Empty) { Rejected = reason };
}
