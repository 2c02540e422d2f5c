using Microsoft.Azure.Functions.Worker;
using Summarizer.Core.Pipeline;

namespace Summarizer.Functions.Pipeline;

/// <summary>Every five minutes, queues again the articles whose summarize message was lost to a crash.</summary>
public sealed class RequeueStalledArticlesFunction(StalledArticleSweeper sweeper)
{
    [Function("RequeueStalledArticles")]
    public async Task RunAsync([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        await sweeper.SweepAsync(cancellationToken);
}
