using Microsoft.Azure.Functions.Worker;
using Summarizer.Core.Pipeline;

namespace Summarizer.Functions.Pipeline;

/// <summary>Every hour, deletes the articles older than <c>Pipeline:RetainDays</c> (nothing while it is unset).</summary>
public sealed class DeleteExpiredArticlesFunction(RetentionSweeper retention)
{
    [Function("DeleteExpiredArticles")]
    public async Task RunAsync([TimerTrigger("0 0 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        await retention.SweepAsync(cancellationToken);
}
