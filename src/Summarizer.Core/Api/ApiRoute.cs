namespace Summarizer.Core.Api;

/// <summary>One route of the HTTP API: its method, its template under <see cref="ApiRoutes.Prefix"/> and who may call it.</summary>
/// <param name="Method">The HTTP method, lower case as the Functions attributes spell it.</param>
/// <param name="Template">The route template without the prefix, such as <c>summaries/{id}</c>.</param>
/// <param name="Access">Whether the route needs a caller the app accepts.</param>
public sealed record ApiRoute(string Method, string Template, ApiAccess Access);
