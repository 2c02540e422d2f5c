namespace Summarizer.Core.Cleaning;

/// <summary>What reading a PDF or Word document gave: the article, or why the document was refused.</summary>
internal sealed record DocumentExtraction(ExtractedArticle? Article, string? RejectionReason)
{
    public static DocumentExtraction Read(ExtractedArticle article) => new(article, null);

    public static DocumentExtraction Refused(string reason) => new(null, reason);
}
