using Microsoft.Extensions.Options;
using Summarizer.Core.Pipeline;

namespace Summarizer.Cli.Hosting;

/// <summary>Runs the <see cref="StalledArticleSweeper"/> on a timer, as the Functions app's timer trigger does.</summary>
internal sealed class StalledArticleSweeperService(
    StalledArticleSweeper sweeper,
    IOptions<ServeOptions> options,
    TimeProvider time,
    ILogger<StalledArticleSweeperService> logger)
    : PeriodicJobService(options.Value.SweepInterval, "Sweeping stalled articles", time, logger)
{
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => sweeper.SweepAsync(cancellationToken);
}
