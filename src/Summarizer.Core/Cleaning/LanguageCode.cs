namespace Summarizer.Core.Cleaning;

/// <summary>Reduces language tags (<c>en-US</c>, <c>pt_BR</c>, <c>EN</c>) to ISO 639-1 codes.</summary>
internal static class LanguageCode
{
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_', ',', ';', ' ')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }
}
