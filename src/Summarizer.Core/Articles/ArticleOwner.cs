namespace Summarizer.Core.Articles;

/// <summary>
/// Who uploaded an article: a signed-in person or service (their Entra object id and display name), a function-key
/// caller (<c>key</c>) or the local host, or a blob written straight into storage (<c>local</c>).
/// </summary>
/// <param name="Id">The owner's key: an object id, or <see cref="KeyId"/> or <see cref="LocalId"/>.</param>
/// <param name="Name">The display name, when the platform gave one.</param>
public sealed record ArticleOwner(string Id, string? Name)
{
    /// <summary>The owner of uploads made with a function key, which all share one space.</summary>
    public const string KeyId = "key";

    /// <summary>The owner of uploads made through <c>serve</c> or the local host, and of blobs written straight into storage.</summary>
    public const string LocalId = "local";

    public static ArticleOwner Local { get; } = new(LocalId, null);

    public static ArticleOwner Key { get; } = new(KeyId, null);

    /// <summary>Whether this owner's articles live in the shared space at the root of the container rather than under an owner folder.</summary>
    public bool IsShared => Id is LocalId or KeyId;

    /// <summary>Whether <paramref name="id"/> can key an owner: 1 to 64 lower-case letters, digits and dashes (an object id is a GUID).</summary>
    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
}
