namespace Summarizer.Core.Cleaning;

/// <summary>How much of one text's words the other contains, from 0 (none) to 1 (all).</summary>
internal static class TextSimilarity
{
    private static readonly char[] Separators = [' ', '\t', '\n', '\r', ',', '.', ':', ';', '!', '?', '"', '\'', '(', ')', '[', ']', '|', '-', '–', '—', '/', '«', '»', '“', '”', '‘', '’'];

    public static double Of(string reference, string candidate)
    {
        var referenceWords = Words(reference).ToHashSet(StringComparer.Ordinal);
        var candidateWords = Words(candidate).ToList();
        if (referenceWords.Count == 0 || candidateWords.Count == 0)
        {
            return 0;
        }

        var unmatched = candidateWords.Where(w => !referenceWords.Contains(w)).ToList();
        var distance = (double)string.Join(' ', unmatched).Length / string.Join(' ', candidateWords).Length;
        return 1 - distance;
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
}
