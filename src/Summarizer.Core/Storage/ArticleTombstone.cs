namespace Summarizer.Core.Storage;

/// <summary>
/// What the index keeps of a deleted article: the last version it had, so that a message or event for that version
/// arriving late is dropped, and whether removing its blobs and documents is still to be finished.
/// </summary>
public sealed record ArticleTombstone(string Id, string Name, int Version, DateTimeOffset DeletedAt, bool Finished);
