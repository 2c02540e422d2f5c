namespace Summarizer.Core.Access;

/// <summary>How a caller of the API was identified.</summary>
public enum CallerKind
{
    /// <summary><c>summarizer serve</c> or a local Functions host with no sign-in: full access, as Core Tools gives.</summary>
    Local,

    /// <summary>A caller with one of the app's function keys: full access.</summary>
    Key,

    /// <summary>A person signed in through the platform's authentication.</summary>
    User,

    /// <summary>A service calling with an Entra app-only token that carries one of the app's roles.</summary>
    Service,
}
