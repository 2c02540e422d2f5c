using System.Net;
using System.Text.Json;

namespace Summarizer.Cli.Tests.Relay;

/// <summary>One post to the blob webhook: its query, its Event Grid header, its body (a JSON array of one event), and the answer given.</summary>
internal sealed record ReceivedEvent(string FunctionName, string? Code, string EventGridHeader, JsonElement Body)
{
    public HttpStatusCode Status { get; init; }

    public JsonElement Event => Body[0];

    /// <summary>The blob name, from the event's subject <c>/blobServices/default/containers/articles/blobs/{name}</c>.</summary>
    public string BlobName => Event.GetProperty("subject").GetString()!.Split("/blobs/", 2)[1];
}
