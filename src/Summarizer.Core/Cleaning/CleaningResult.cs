using System.Diagnostics.CodeAnalysis;

namespace Summarizer.Core.Cleaning;

/// <summary>The outcome of cleaning: an article, or the reason the input was rejected.</summary>
public sealed record CleaningResult
{
    private CleaningResult(CleanedArticle? article, string? rejectionReason)
    {
        Article = article;
        RejectionReason = rejectionReason;
    }

    public CleanedArticle? Article { get; }

    public string? RejectionReason { get; }

    [MemberNotNullWhen(false, nameof(Article))]
    [MemberNotNullWhen(true, nameof(RejectionReason))]
    public bool IsRejected => RejectionReason is not null;

    public static CleaningResult Accepted(CleanedArticle article) => new(article ?? throw new ArgumentNullException(nameof(article)), null);

    public static CleaningResult Rejected(string reason) => new(null, string.IsNullOrWhiteSpace(reason) ? throw new ArgumentException("A rejection needs a reason.", nameof(reason)) : reason);
}
