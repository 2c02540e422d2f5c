namespace Summarizer.Core.Articles;

/// <summary>Where an article stands in the pipeline, as stored in the index.</summary>
public static class ArticleStatus
{
    public const string Pending = "pending";
    public const string Cleaned = "cleaned";
    public const string Summarized = "summarized";
    public const string Rejected = "rejected";
    public const string Failed = "failed";

    /// <summary>Every status, in pipeline order.</summary>
    public static IReadOnlyList<string> All { get; } = [Pending, Cleaned, Summarized, Rejected, Failed];

    /// <summary>Whether no further work happens for an article in this status without a new upload or a retry.</summary>
    public static bool IsFinal(string status) => status is Summarized or Rejected or Failed;
}
