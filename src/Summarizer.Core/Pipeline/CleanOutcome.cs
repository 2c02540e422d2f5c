namespace Summarizer.Core.Pipeline;

/// <summary>What the clean stage did with one blob version.</summary>
public enum CleanOutcome
{
    /// <summary>Cleaned and queued for summarizing.</summary>
    Cleaned,

    /// <summary>Marked rejected with a reason; the blob is kept.</summary>
    Rejected,

    /// <summary>This blob version, or identical content, was processed before.</summary>
    AlreadyProcessed,

    /// <summary>The blob is gone or changed while being read; the newer version gets its own trigger.</summary>
    Vanished,
}
