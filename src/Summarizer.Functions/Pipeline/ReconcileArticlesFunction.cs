using Microsoft.Azure.Functions.Worker;
using Summarizer.Core.Pipeline;

namespace Summarizer.Functions.Pipeline;

/// <summary>
/// On the schedule in the <c>ReconcileSchedule</c> app setting (every five minutes by default), sends through the clean
/// stage what no blob event brought: dead-lettered events, articles left pending and blobs the index has no receipt for.
/// </summary>
public sealed class ReconcileArticlesFunction(ArticleReconciler reconciler)
{
    /// <summary>The app setting that holds the timer's CRON schedule; a flat name, as nested ones are not resolved on every platform.</summary>
    public const string ScheduleSetting = "ReconcileSchedule";

    [Function("ReconcileArticles")]
    public async Task RunAsync([TimerTrigger("%" + ScheduleSetting + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await reconciler.RunAsync(cancellationToken);
}
