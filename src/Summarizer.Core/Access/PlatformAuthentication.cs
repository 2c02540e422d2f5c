namespace Summarizer.Core.Access;

/// <summary>
/// Whether the platform's authentication (App Service Authentication) runs in front of the app, authenticating
/// callers and sending their principal headers: read from <c>WEBSITE_AUTH_ENABLED</c>, which App Service sets, and
/// from no setting of the app's own.
/// </summary>
public sealed record PlatformAuthentication(bool Enabled);
