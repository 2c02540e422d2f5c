using System.Diagnostics;
using Summarizer.Core.Summarization;

namespace Summarizer.Cli.Hosting;

/// <summary>
/// Writes one Information line per model call from the chat client's OpenTelemetry GenAI span: the span's name,
/// its duration, the token counts and finish reasons, or the error type of a failed call.
/// </summary>
internal sealed partial class ModelCallLog(ILogger<ModelCallLog> logger) : IHostedService, IDisposable
{
    private ActivityListener? _listener;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ChatTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Write,
        };
        ActivitySource.AddActivityListener(_listener);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _listener?.Dispose();
        _listener = null;
    }

    private void Write(Activity span)
    {
        var milliseconds = (long)span.Duration.TotalMilliseconds;
        if (span.Status == ActivityStatusCode.Error)
        {
            LogFailed(logger, span.DisplayName, milliseconds, span.GetTagItem("error.type") ?? span.StatusDescription);
            return;
        }

        // The conventions give the finish reasons as an array, which the chat client tags as its JSON text.
        var finish = span.GetTagItem("gen_ai.response.finish_reasons") switch
        {
            string[] reasons => string.Join(",", reasons),
            string json => json.Trim('[', ']').Replace("\"", string.Empty, StringComparison.Ordinal),
            var other => other?.ToString(),
        };
        LogCall(logger, span.DisplayName, milliseconds, span.GetTagItem("gen_ai.usage.input_tokens"), span.GetTagItem("gen_ai.usage.output_tokens"), finish);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model call {Span}: {Milliseconds} ms, {InputTokens} input and {OutputTokens} output tokens, finish {FinishReasons}")]
    private static partial void LogCall(ILogger logger, string span, long milliseconds, object? inputTokens, object? outputTokens, object? finishReasons);

    [LoggerMessage(Level = LogLevel.Information, Message = "Model call {Span}: {Milliseconds} ms, failed with {ErrorType}")]
    private static partial void LogFailed(ILogger logger, string span, long milliseconds, object? errorType);
}
