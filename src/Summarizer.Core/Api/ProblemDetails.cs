namespace Summarizer.Core.Api;

/// <summary>The body of an <c>application/problem+json</c> error response.</summary>
public sealed record ProblemDetails(string Type, string Title, int Status, string Detail);
