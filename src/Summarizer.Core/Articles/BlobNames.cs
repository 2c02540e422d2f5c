namespace Summarizer.Core.Articles;

/// <summary>Checks names given for uploads and makes one when none is given.</summary>
public static class BlobNames
{
    public const int MaxLength = 512;

    /// <summary>Why <paramref name="name"/> cannot name an article blob, or null when it can.</summary>
    public static string? Validate(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > MaxLength)
        {
            return $"The name must have 1 to {MaxLength} characters.";
        }

        if (name.Any(char.IsControl) || name.Contains('\\'))
        {
            return "The name must not contain control characters or backslashes.";
        }

        var segments = name.Split('/');
        if (segments.Any(s => s.Length == 0 || s == "." || s == ".." || s.EndsWith('.')))
        {
            return "The name must not start or end with '/', and no part of it may be empty, '.', '..', or end with a dot.";
        }

        return null;
    }

    /// <summary>A name from the content's hash, so uploading the same bytes twice without a name names them once.</summary>
    public static string FromContent(string contentHash, string? contentType)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        var extension = contentType switch
        {
            not null when contentType.Contains("html", StringComparison.OrdinalIgnoreCase) => ".html",
            not null when contentType.Contains("markdown", StringComparison.OrdinalIgnoreCase) => ".md",
            _ => ".txt",
        };
        return $"upload-{contentHash[..16]}{extension}";
    }
}
