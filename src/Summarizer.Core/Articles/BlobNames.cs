namespace Summarizer.Core.Articles;

/// <summary>
/// Checks names given for uploads, makes one when none is given, and maps an owner and a name to the blob that holds
/// the article and back: a person's or service's uploads live under <c>owners/{object id}/</c>, so two people's
/// <c>report.pdf</c> are two blobs and two articles; uploads with a function key, through the local host, or written
/// straight into the container outside <c>owners/</c> belong to the shared owner of their kind.
/// </summary>
public static class BlobNames
{
    public const int MaxLength = 512;

    /// <summary>The folder under which each signed-in owner's uploads live, one sub-folder per object id.</summary>
    public const string OwnersFolder = "owners/";

    /// <summary>The blob metadata key that records the uploader's id (<c>key</c>, <c>local</c> or an object id).</summary>
    public const string UploadedByMetadata = "uploadedby";

    /// <summary>The blob metadata key that records the uploader's display name, escaped to ASCII.</summary>
    public const string UploadedByNameMetadata = "uploadedbyname";

    /// <summary>The blob that holds <paramref name="owner"/>'s article named <paramref name="name"/>.</summary>
    public static string ForOwner(ArticleOwner owner, string name)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return owner.IsShared ? name : OwnersFolder + owner.Id + "/" + name;
    }

    /// <summary>
    /// The owner id and the uploaded name of the blob <paramref name="blobName"/>; a blob outside <c>owners/</c> belongs
    /// to the shared owner <paramref name="sharedOwnerId"/> (from its <c>uploadedby</c> metadata when it has one).
    /// </summary>
    public static (string OwnerId, string Name) Split(string blobName, string? sharedOwnerId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        if (blobName.StartsWith(OwnersFolder, StringComparison.Ordinal))
        {
            var rest = blobName[OwnersFolder.Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && slash < rest.Length - 1 && ArticleOwner.IsValidId(rest[..slash]))
            {
                return (rest[..slash], rest[(slash + 1)..]);
            }
        }

        return (sharedOwnerId is ArticleOwner.KeyId ? ArticleOwner.KeyId : ArticleOwner.LocalId, blobName);
    }

    /// <summary>The metadata that records <paramref name="owner"/> on an uploaded blob.</summary>
    public static Dictionary<string, string> OwnerMetadata(ArticleOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var metadata = new Dictionary<string, string> { [UploadedByMetadata] = owner.Id };
        if (!string.IsNullOrEmpty(owner.Name))
        {
            // Metadata values are ASCII; an escaped name always is.
            metadata[UploadedByNameMetadata] = Uri.EscapeDataString(owner.Name);
        }

        return metadata;
    }

    /// <summary>
    /// The owner of the blob <paramref name="blobName"/>: the folder it is in decides the id (metadata cannot move an
    /// article into someone else's space), the metadata gives the display name.
    /// </summary>
    public static ArticleOwner OwnerOf(string blobName, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var (ownerId, _) = Split(blobName, metadata.GetValueOrDefault(UploadedByMetadata));
        var recorded = metadata.GetValueOrDefault(UploadedByMetadata) == ownerId ? metadata.GetValueOrDefault(UploadedByNameMetadata) : null;
        return new ArticleOwner(ownerId, recorded is null ? null : Uri.UnescapeDataString(recorded));
    }

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
