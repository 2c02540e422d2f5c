using System.Net;

namespace Summarizer.Cli.Emulator;

/// <summary>One answer of the provider emulator: what kind, and the details that kind takes.</summary>
public sealed record ModelEmulatorAnswer(ModelEmulatorAnswerKind Kind)
{
    /// <summary>The message content for <see cref="ModelEmulatorAnswerKind.Text"/>.</summary>
    public string? Content { get; init; }

    /// <summary>The filtered categories of a content-filter answer.</summary>
    public IReadOnlyList<ContentFilterHit> Filtered { get; init; } = [];

    /// <summary>The wait a 429 asks for.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The status of a <see cref="ModelEmulatorAnswerKind.ServerError"/>.</summary>
    public HttpStatusCode Status { get; init; } = HttpStatusCode.InternalServerError;

    /// <summary>How long the emulator waits before it answers.</summary>
    public TimeSpan Delay { get; init; }

    public static ModelEmulatorAnswer Summary { get; } = new(ModelEmulatorAnswerKind.Summary);

    public static ModelEmulatorAnswer Text(string content) => new(ModelEmulatorAnswerKind.Text) { Content = content };

    public static ModelEmulatorAnswer PromptFiltered(params ContentFilterHit[] filtered) =>
        new(ModelEmulatorAnswerKind.PromptFiltered) { Filtered = filtered };

    public static ModelEmulatorAnswer CompletionFiltered(params ContentFilterHit[] filtered) =>
        new(ModelEmulatorAnswerKind.CompletionFiltered) { Filtered = filtered };

    public static ModelEmulatorAnswer CutOff { get; } = new(ModelEmulatorAnswerKind.CutOff);

    public static ModelEmulatorAnswer ContextLengthExceeded { get; } = new(ModelEmulatorAnswerKind.ContextLengthExceeded);

    public static ModelEmulatorAnswer TooManyRequests(TimeSpan retryAfter) => new(ModelEmulatorAnswerKind.TooManyRequests) { RetryAfter = retryAfter };

    public static ModelEmulatorAnswer ServerError(HttpStatusCode status = HttpStatusCode.InternalServerError) =>
        new(ModelEmulatorAnswerKind.ServerError) { Status = status };

    public static ModelEmulatorAnswer Malformed { get; } = new(ModelEmulatorAnswerKind.Malformed);
}
