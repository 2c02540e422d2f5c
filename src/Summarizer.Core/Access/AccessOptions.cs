namespace Summarizer.Core.Access;

/// <summary>Who may call the API and see which articles (section <c>Access</c>).</summary>
public sealed class AccessOptions
{
    public const string SectionName = "Access";

    /// <summary>The App Service setting that says the platform's authentication runs in front of the app.</summary>
    public const string PlatformAuthenticationSetting = "WEBSITE_AUTH_ENABLED";

    /// <summary>When true, every signed-in person reads every article; changing and deleting stay with the owner and admins.</summary>
    public bool SharedLibrary { get; set; }

    /// <summary>
    /// When true, a caller the platform did not sign in acts as <c>local</c> with full access, as Core Tools and
    /// <c>summarizer serve</c> do: for a Functions host on a developer's machine only, never in Azure.
    /// </summary>
    public bool LocalIdentity { get; set; }

    /// <summary>
    /// Function keys this app accepts (comma-separated) in <c>x-functions-key</c> or <c>?code=</c>, each with full
    /// access. Empty by default: without platform sign-in and without a key, a data route answers 401.
    /// </summary>
    public string? FunctionKeys { get; set; }

}
