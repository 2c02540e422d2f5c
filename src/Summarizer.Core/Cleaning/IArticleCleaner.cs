namespace Summarizer.Core.Cleaning;

/// <summary>Reduces an uploaded article (HTML, pasted web text or Markdown) to its main text and metadata.</summary>
public interface IArticleCleaner
{
    /// <summary>Cleans <paramref name="source"/>; bad input gives a rejection with a reason, never an exception.</summary>
    CleaningResult Clean(ArticleSource source, CancellationToken cancellationToken = default);
}
