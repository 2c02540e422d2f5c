namespace Summarizer.Cli.Relay;

/// <summary>The <c>data</c> of a <see cref="BlobCreatedEvent"/>: what storage says of the new blob; the host reads <see cref="Url"/>.</summary>
internal sealed record BlobCreatedEventData(
    string Api,
    string ETag,
    string? ContentType,
    long ContentLength,
    string BlobType,
    string Url,
    string Sequencer);
