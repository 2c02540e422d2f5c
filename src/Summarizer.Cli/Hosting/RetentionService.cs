using Microsoft.Extensions.Options;
using Summarizer.Core.Pipeline;

namespace Summarizer.Cli.Hosting;

/// <summary>Runs the <see cref="RetentionSweeper"/> on the sweep timer, as the Functions app's hourly timer trigger does.</summary>
internal sealed class RetentionService(
    RetentionSweeper retention,
    IOptions<ServeOptions> options,
    TimeProvider time,
    ILogger<RetentionService> logger)
    : PeriodicJobService(options.Value.SweepInterval, "Deleting expired articles", time, logger)
{
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => retention.SweepAsync(cancellationToken);
}
