namespace Summarizer.Cli.Hosting;

/// <summary>How an <see cref="ArticleBlobScan"/> runs.</summary>
/// <param name="PollInterval">How often the container is listed.</param>
/// <param name="Concurrency">Blobs handled at the same time.</param>
/// <param name="MaxAttempts">Failed attempts at one blob version, outages aside, before it is given up on.</param>
/// <param name="Activity">What handling a blob is called in the log (<c>Cleaning articles</c>).</param>
/// <param name="IsOutage">Whether a failure is an outage, retried on every pass without counting as an attempt.</param>
internal sealed record BlobScanSettings(TimeSpan PollInterval, int Concurrency, int MaxAttempts, string Activity, Func<Exception, bool> IsOutage);
