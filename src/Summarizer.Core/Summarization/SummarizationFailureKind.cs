namespace Summarizer.Core.Summarization;

/// <summary>Why a summary could not be made, for callers that choose what to do next (retry later, summarize offline, give up).</summary>
public enum SummarizationFailureKind
{
    /// <summary>A cause that may pass: rate limit, outage, time-out, a broken response.</summary>
    Transient,

    /// <summary>The provider's content filter blocked the prompt or the answer; trying again gives the same answer.</summary>
    ContentFilter,

    /// <summary>The answer was cut off at the output limit, also after one retry with a larger limit.</summary>
    CutOff,

    /// <summary>The article did not fit the model's context window, even in the smallest parts tried.</summary>
    ContextLength,

    /// <summary>The model answered, but not with a usable summary, also after one repair attempt.</summary>
    InvalidAnswer,

    /// <summary>The provider refused the request for a reason in the settings: key, deployment, API version, parameters.</summary>
    Configuration,

    /// <summary>The article itself cannot be summarized (it has no sentences).</summary>
    InvalidArticle,
}
