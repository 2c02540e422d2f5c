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
    ILogger<ReconcileService> logger) : BackgroundService
{
    private readonly ThrottledErrorLog _errors = new(logger, time, TimeSpan.FromMinutes(1));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReconcileEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await reconciler.RunAsync(stoppingToken);
                    _errors.Success("Reconciling articles");
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    _errors.Failure("Reconciling articles", ex);
                }

                LogMetrics(logger, JsonSerializer.Serialize(metrics.Snapshot(), StorageJson.Options));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pipeline metrics: {Metrics}")]
    private static partial void LogMetrics(ILogger logger, string metrics);
}
