using Summarizer.Core.Cleaning;
using Summarizer.Core.Summarization;

namespace Summarizer.Core.Storage;

/// <summary>The cleaned article as stored in the <c>cleaned</c> container, tagged with the version it came from.</summary>
public sealed record CleanedDocument(string Id, string Name, int Version, string ContentHash, DateTimeOffset CleanedAt, CleanedArticle Article)
{
    /// <summary>The summary length the upload asked for, if it asked for one.</summary>
    public SummaryLength? Length { get; init; }
}
