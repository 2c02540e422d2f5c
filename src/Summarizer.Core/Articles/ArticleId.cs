using System.Security.Cryptography;
using System.Text;

namespace Summarizer.Core.Articles;

/// <summary>
/// Deterministic article ids derived from blob names: a readable slug of the uploaded name plus a hash of the exact
/// blob name, safe in URLs, blob names and table keys. The blob name carries the owner (<see cref="BlobNames.ForOwner"/>),
/// so two owners' uploads of one name get two ids, while the shared space keeps the ids it always had.
/// </summary>
public static class ArticleId
{
    private const int MaxSlugLength = 48;
    private const int HashHexLength = 12;

    /// <summary>The id of <paramref name="owner"/>'s article named <paramref name="name"/>.</summary>
    public static string For(ArticleOwner owner, string name) => FromBlobName(BlobNames.ForOwner(owner, name));

    /// <summary>The id of the article stored under <paramref name="blobName"/>.</summary>
    public static string FromBlobName(string blobName)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        var slug = Slugify(StripExtensions(Path.GetFileName(blobName.TrimEnd('/'))));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(blobName)))[..HashHexLength];
        return slug.Length == 0 ? hash : $"{slug}-{hash}";
    }

    /// <summary>Whether <paramref name="id"/> has the shape of an id this class makes.</summary>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxSlugLength + 1 + HashHexLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
            {
                return false;
            }
        }

        return id.Length >= HashHexLength && !id.StartsWith('-');
    }

    private static string StripExtensions(string fileName)
    {
        foreach (var ext in new[] { ".gz", ".html", ".htm", ".txt", ".md", ".markdown" })
        {
            if (fileName.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                fileName = fileName[..^ext.Length];
            }
        }

        return fileName;
    }

    private static string Slugify(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxSlugLength));
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (builder.Length >= MaxSlugLength)
            {
                break;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-' && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
