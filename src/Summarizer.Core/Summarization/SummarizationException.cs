namespace Summarizer.Core.Summarization;

/// <summary>A summary could not be made. <see cref="IsTransient"/> tells whether trying again later may succeed.</summary>
public sealed class SummarizationException : Exception
{
    public SummarizationException()
    {
    }

    public SummarizationException(string message)
        : base(message)
    {
    }

    public SummarizationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SummarizationException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
    }

    /// <summary>Whether the cause may pass (rate limit, outage, timeout) rather than lie in the article or configuration.</summary>
    public bool IsTransient { get; }
}
