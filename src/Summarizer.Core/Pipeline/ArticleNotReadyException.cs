namespace Summarizer.Core.Pipeline;

/// <summary>A summarize message arrived before its article version was recorded; it is delivered again later.</summary>
public sealed class ArticleNotReadyException : Exception
{
    public ArticleNotReadyException()
    {
    }

    public ArticleNotReadyException(string message)
        : base(message)
    {
    }

    public ArticleNotReadyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
