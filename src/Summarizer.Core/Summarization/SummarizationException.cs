namespace Summarizer.Core.Summarization;

/// <summary>
/// A summary could not be made. <see cref="Kind"/> says why; <see cref="IsTransient"/> tells whether trying again
/// later may succeed. The message is the reason shown to readers.
/// </summary>
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
        : this(message, isTransient ? SummarizationFailureKind.Transient : SummarizationFailureKind.InvalidAnswer, innerException)
    {
    }

    public SummarizationException(string message, SummarizationFailureKind kind, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>Why the summary could not be made.</summary>
    public SummarizationFailureKind Kind { get; } = SummarizationFailureKind.InvalidAnswer;

    /// <summary>Whether the cause may pass (rate limit, outage, timeout) rather than lie in the article, the model's answer or the configuration.</summary>
    public bool IsTransient => Kind == SummarizationFailureKind.Transient;

    /// <summary>Whether the model or its filter refused this article (content filter, cut-off, unusable answer), so another summarizer may still succeed.</summary>
    public bool IsRefusal => Kind is SummarizationFailureKind.ContentFilter or SummarizationFailureKind.CutOff
        or SummarizationFailureKind.ContextLength or SummarizationFailureKind.InvalidAnswer;
}
