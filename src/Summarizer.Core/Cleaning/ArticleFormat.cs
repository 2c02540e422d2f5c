namespace Summarizer.Core.Cleaning;

/// <summary>The kind of upload, which decides the extractor that reads it.</summary>
internal enum ArticleFormat
{
    Text,
    Html,
    Markdown,
    Pdf,
    Docx,
}
