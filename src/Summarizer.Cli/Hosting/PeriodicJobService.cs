namespace Summarizer.Cli.Hosting;

/// <summary>
/// Runs a job every <paramref name="interval"/>, as a Functions timer trigger does, until the host stops; a failed run
/// is logged (an outage once a minute, not once a run) and the next run comes on schedule.
/// </summary>
internal abstract class PeriodicJobService(TimeSpan interval, string activity, TimeProvider time, ILogger logger) : BackgroundService
{
    private readonly ThrottledErrorLog _errors = new(logger, time, TimeSpan.FromMinutes(1));

    /// <summary>One run of the job.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                    _errors.Success(activity);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    _errors.Failure(activity, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
