using Summarizer.Core.Articles;

namespace Summarizer.Core.Access;

/// <summary>
/// Who is calling the API and what that lets them do: full access for the local host and function keys, everything
/// for the admin role, otherwise their own articles (and, in a shared library, reading everyone's).
/// </summary>
public sealed record Caller(CallerKind Kind, string Id, string? Name, IReadOnlySet<string> Roles)
{
    public const string AdminRole = "Summarizer.Admin";

    public const string ServiceRole = "Summarizer.Service";

    private static readonly IReadOnlySet<string> NoRoles = new HashSet<string>();

    public static Caller Local { get; } = new(CallerKind.Local, ArticleOwner.LocalId, null, NoRoles);

    public static Caller Key { get; } = new(CallerKind.Key, ArticleOwner.KeyId, null, NoRoles);

    /// <summary>Whether the caller sees, changes and deletes every article.</summary>
    public bool HasFullAccess => Kind is CallerKind.Local or CallerKind.Key || Roles.Contains(AdminRole);

    /// <summary>The owner recorded on the caller's uploads.</summary>
    public ArticleOwner Owner => Kind switch
    {
        CallerKind.Local => ArticleOwner.Local,
        CallerKind.Key => ArticleOwner.Key,
        _ => new ArticleOwner(Id, Name),
    };

    /// <summary>Whether the caller reads every article: with full access, or as a signed-in person in a shared library.</summary>
    public bool ReadsAll(bool sharedLibrary) => HasFullAccess || sharedLibrary && Kind == CallerKind.User;

    /// <summary>Whether the caller may read <paramref name="ownerId"/>'s articles.</summary>
    public bool CanRead(string ownerId, bool sharedLibrary) => ReadsAll(sharedLibrary) || CanChange(ownerId);

    /// <summary>Whether the caller may retry and delete <paramref name="ownerId"/>'s articles.</summary>
    public bool CanChange(string ownerId) => HasFullAccess || string.Equals(ownerId, Id, StringComparison.Ordinal);
}
