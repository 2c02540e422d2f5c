using System.Globalization;

namespace Summarizer.Core.Summarization;

/// <summary>
/// One article's own summary length, set at upload (<c>?summarySentences=&amp;keyPoints=</c>, or the blob metadata
/// <c>summarysentences</c> and <c>keypoints</c>); a value left null falls back to the <c>Summarization</c> setting.
/// </summary>
/// <param name="SummarySentences">About how many sentences the summary has (1–10).</param>
/// <param name="MaxKeyPoints">The most key points (3–12).</param>
public sealed record SummaryLength(int? SummarySentences, int? MaxKeyPoints)
{
    public const int MinSummarySentences = 1;
    public const int MaxSummarySentences = 10;
    public const int MinKeyPoints = 3;
    public const int MostKeyPoints = 12;

    /// <summary>The blob metadata key of <see cref="SummarySentences"/>.</summary>
    public const string SummarySentencesMetadata = "summarysentences";

    /// <summary>The blob metadata key of <see cref="MaxKeyPoints"/>.</summary>
    public const string KeyPointsMetadata = "keypoints";

    /// <summary>
    /// Reads the two values as given in a query string or blob metadata; null when neither is given. A value that is
    /// not a whole number in range gives an <paramref name="error"/> that names it.
    /// </summary>
    public static bool TryParse(string? summarySentences, string? keyPoints, out SummaryLength? length, out string? error)
    {
        length = null;
        error = null;
        int? sentences = null;
        int? points = null;
        if (!string.IsNullOrWhiteSpace(summarySentences))
        {
            if (!int.TryParse(summarySentences, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < MinSummarySentences or > MaxSummarySentences)
            {
                error = $"summarySentences must be a whole number from {MinSummarySentences} to {MaxSummarySentences}.";
                return false;
            }

            sentences = value;
        }

        if (!string.IsNullOrWhiteSpace(keyPoints))
        {
            if (!int.TryParse(keyPoints, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < MinKeyPoints or > MostKeyPoints)
            {
                error = $"keyPoints must be a whole number from {MinKeyPoints} to {MostKeyPoints}.";
                return false;
            }

            points = value;
        }

        length = sentences is null && points is null ? null : new SummaryLength(sentences, points);
        return true;
    }

    /// <summary>The blob metadata that carries this length.</summary>
    public IDictionary<string, string> ToMetadata()
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (SummarySentences is { } sentences)
        {
            metadata[SummarySentencesMetadata] = sentences.ToString(CultureInfo.InvariantCulture);
        }

        if (MaxKeyPoints is { } points)
        {
            metadata[KeyPointsMetadata] = points.ToString(CultureInfo.InvariantCulture);
        }

        return metadata;
    }
}
