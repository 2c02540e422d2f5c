namespace Summarizer.Core.Api;

/// <summary>The answer to an upload: the article's id, blob name and status, and where to read its summary.</summary>
public sealed record UploadAccepted(string Id, string Name, string Status, string Location);
