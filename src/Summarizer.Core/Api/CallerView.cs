namespace Summarizer.Core.Api;

/// <summary>
/// The answer of <c>GET /api/me</c>: the caller's kind (<c>local</c>, <c>key</c>, <c>user</c>, <c>service</c>), id,
/// display name and app roles, whether they see every article, and whether the platform signs callers in.
/// </summary>
public sealed record CallerView(string Kind, string Id, string? Name, IReadOnlyList<string> Roles, bool FullAccess, bool ReadsAll, bool SignIn);
