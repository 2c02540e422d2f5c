using Microsoft.Extensions.Options;
using Summarizer.Core.Pipeline;

namespace Summarizer.Cli.Hosting;

/// <summary>
/// Runs the <see cref="StalledArticleSweeper"/> and the <see cref="RetentionSweeper"/> on a timer, as the Functions
/// app's timer triggers do.
/// </summary>
internal sealed class StalledArticleSweeperService(
    StalledArticleSweeper sweeper,
    RetentionSweeper retention,
    IOptions<ServeOptions> options,
    TimeProvider time,
    ILogger<StalledArticleSweeperService> logger) : BackgroundService
{
    private readonly ThrottledErrorLog _errors = new(logger, time, TimeSpan.FromMinutes(1));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await sweeper.SweepAsync(stoppingToken);
                    await retention.SweepAsync(stoppingToken);
                    _errors.Success("Sweeping stalled articles");
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    _errors.Failure("Sweeping stalled articles", ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
