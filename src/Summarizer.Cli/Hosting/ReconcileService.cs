using System.Text.Json;
using Microsoft.Extensions.Options;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;

namespace Summarizer.Cli.Hosting;

/// <summary>
/// Runs the <see cref="ArticleReconciler"/> every <see cref="PipelineOptions.ReconcileEvery"/>, as the Functions app's
/// timer does, and logs the pipeline's metrics after each run.
/// </summary>
internal sealed partial class ReconcileService(
    ArticleReconciler reconciler,
    PipelineMetrics metrics,
    IOptions<PipelineOptions> options,
    TimeProvider time,
    ILogger<ReconcileService> logger)
    : PeriodicJobService(options.Value.ReconcileEvery, "Reconciling articles", time, logger)
{
    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await reconciler.RunAsync(cancellationToken);
        }
        finally
        {
            LogMetrics(logger, JsonSerializer.Serialize(metrics.Snapshot(), StorageJson.Options));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pipeline metrics: {Metrics}")]
    private static partial void LogMetrics(ILogger logger, string metrics);
}
