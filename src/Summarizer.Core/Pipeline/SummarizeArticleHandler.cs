using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Core.Articles;
using Summarizer.Core.Storage;
using Summarizer.Core.Summarization;

namespace Summarizer.Core.Pipeline;

/// <summary>
/// The summarize stage: summarizes the article version a queue message names, stores the summary, then marks the
/// index row summarized. Duplicate, stale and superseded messages are dropped. A transient model failure queues a new
/// message with a growing delay, within <see cref="SummarizationOptions.TransientRetryWindow"/>, and completes this
/// one, so throttling never uses up the queue's dequeue limit; a refusal, or a transient failure past the window, is
/// summarized offline (or marked failed without the fallback). Other failures are thrown for redelivery, and on the
/// last delivery the article is marked failed with the reason.
/// </summary>
public sealed partial class SummarizeArticleHandler(
    ArticleDocumentStore documents,
    ArticleIndex index,
    SummarizeQueue queue,
    IArticleSummarizer summarizer,
    OfflineSummarizer offline,
    IOptions<PipelineOptions> options,
    IOptions<SummarizationOptions> summarization,
    PipelineMetrics metrics,
    TimeProvider time,
    ILogger<SummarizeArticleHandler> logger)
{
    private const int MaxConflictRetries = 5;

    /// <param name="messageText">The queue message, a <see cref="SummarizeRequest"/> as JSON.</param>
    /// <param name="dequeueCount">How many times the message has been delivered, this time included.</param>
    /// <param name="cancellationToken">Cancels the work; the message is then delivered again.</param>
    public Task<SummarizeOutcome> HandleAsync(string messageText, long dequeueCount, CancellationToken cancellationToken) =>
        HandleAsync(messageText, dequeueCount, insertedAt: null, cancellationToken);

    /// <param name="messageText">The queue message, a <see cref="SummarizeRequest"/> as JSON.</param>
    /// <param name="dequeueCount">How many times the message has been delivered, this time included.</param>
    /// <param name="insertedAt">When the message was sent, for the queue-age measurement; null when not known.</param>
    /// <param name="cancellationToken">Cancels the work; the message is then delivered again.</param>
    public async Task<SummarizeOutcome> HandleAsync(string messageText, long dequeueCount, DateTimeOffset? insertedAt, CancellationToken cancellationToken)
    {
        if (insertedAt is { } inserted)
        {
            metrics.QueueAge(inserted);
        }

        var request = SummarizeQueue.TryParse(messageText);
        if (request is null || !ArticleId.IsValid(request.Id))
        {
            LogUnreadable(logger, messageText.Length > 200 ? messageText[..200] : messageText);
            return SummarizeOutcome.Dropped;
        }

        try
        {
            return await SummarizeAsync(request, cancellationToken);
        }
        catch (Exception ex) when (dequeueCount >= options.Value.MaxDequeueCount && !cancellationToken.IsCancellationRequested)
        {
            // The host moves the message to the poison queue after this delivery; the row says why.
            await MarkFailedIfRecordedAsync(request, $"Gave up after {dequeueCount} attempts: {ex.Message}", cancellationToken);
            throw;
        }
    }

    private async Task<SummarizeOutcome> SummarizeAsync(SummarizeRequest request, CancellationToken cancellationToken)
    {
        var entry = await index.GetAsync(request.Id, cancellationToken);
        if (entry is null && await IsDeletedAsync(request, cancellationToken) || IsStaleOrDone(entry, request))
        {
            LogDropped(logger, request.Id, request.Version, entry?.Version, entry?.Status);
            return SummarizeOutcome.Dropped;
        }

        var document = await documents.GetCleanedAsync(request.Id, cancellationToken);
        if (document is null || document.Version < request.Version || document.ContentHash != request.ContentHash && document.Version == request.Version)
        {
            throw new ArticleNotReadyException($"The cleaned document of article {request.Id} version {request.Version} is not stored yet.");
        }

        if (document.Version > request.Version)
        {
            return SummarizeOutcome.Dropped;
        }

        var started = Stopwatch.GetTimestamp();
        var (summary, failure) = await TrySummarizeAsync(document, cancellationToken);
        string? fallbackReason = null;
        if (summary is null)
        {
            // TrySummarizeAsync gives either a summary or the failure.
            failure ??= new SummarizationException("The summarizer returned nothing.", isTransient: false);
            if (failure.IsTransient && IsWithinRetryWindow(request))
            {
                return await RetryLaterAsync(request, failure, cancellationToken);
            }

            fallbackReason = failure.IsTransient ? GaveUpReason(request, failure) : failure.Message;
            summary = FallBack(request, document, failure, fallbackReason);
            if (summary is null)
            {
                return await MarkFailedAsync(request, fallbackReason, cancellationToken);
            }
        }

        var duration = Stopwatch.GetElapsedTime(started);
        var elapsed = (long)duration.TotalMilliseconds;
        var now = time.GetUtcNow();
        await documents.SaveSummaryAsync(ToDocument(document, summary, elapsed, now) with { FallbackReason = fallbackReason }, cancellationToken);
        var outcome = await UpdateRowAsync(request, e => e.WithoutTransientRetry() with
        {
            Status = ArticleStatus.Summarized,
            Error = null,
            FallbackReason = fallbackReason,
            SummarizedAt = now,
            UpdatedAt = now,
            SummarizeMilliseconds = elapsed,
            Provider = summary.Usage.Provider,
            Model = summary.Usage.Model,
            PromptTokens = summary.Usage.PromptTokens,
            CompletionTokens = summary.Usage.CompletionTokens,
            ModelCalls = summary.Usage.ModelCalls,
            ModelLatencyMilliseconds = summary.Usage.LatencyMilliseconds,
        }, fallbackReason is null ? SummarizeOutcome.Summarized : SummarizeOutcome.SummarizedOffline, cancellationToken);
        if (outcome is SummarizeOutcome.Summarized or SummarizeOutcome.SummarizedOffline)
        {
            metrics.ArticleOutcome(ArticleStatus.Summarized);
            metrics.StageDuration(PipelineMetrics.SummarizeStage, duration);
            if (entry!.UploadedAt is { } uploaded)
            {
                metrics.UploadToSummary(now - uploaded);
            }
        }

        return outcome;
    }

    private async Task<(ArticleSummary? Summary, SummarizationException? Failure)> TrySummarizeAsync(CleanedDocument document, CancellationToken cancellationToken)
    {
        try
        {
            return (await summarizer.SummarizeAsync(document.Article, document.Length, cancellationToken), null);
        }
        catch (SummarizationException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, ex);
        }
    }

    private bool IsWithinRetryWindow(SummarizeRequest request) =>
        request.FirstTransientFailureAt is not { } first || time.GetUtcNow() - first < summarization.Value.TransientRetryWindow;

    /// <summary>
    /// Queues a new message for the article, delivered after a jittered, growing delay, and records the wait on the
    /// row. The message goes first: a crash before the row write leaves this message to come back beside the new one,
    /// and of the two, the one that finds the other's attempt already on the row is dropped as superseded.
    /// </summary>
    private async Task<SummarizeOutcome> RetryLaterAsync(SummarizeRequest request, SummarizationException failure, CancellationToken cancellationToken)
    {
        var o = summarization.Value;
        var now = time.GetUtcNow();
        var first = request.FirstTransientFailureAt ?? now;
        var attempt = request.Attempt + 1;
        var delay = TransientRetryDelay.Next(
            attempt, o.TransientRetryDelay, o.TransientRetryMaxDelay, ModelFailure.RetryAfter(failure), first + o.TransientRetryWindow - now, Random.Shared.NextDouble());
        await queue.EnqueueAsync(request with { Attempt = attempt, FirstTransientFailureAt = first }, delay, cancellationToken);
        LogRetryLater(logger, request.Id, request.Version, attempt, delay, failure.Message);
        return await UpdateRowAsync(request, e => e with
        {
            RetryAt = now + delay,
            TransientFailures = attempt,
            FirstTransientFailureAt = first,
            LastTransientError = failure.Message,
            UpdatedAt = now,
        }, SummarizeOutcome.RetryLater, cancellationToken);
    }

    private string GaveUpReason(SummarizeRequest request, SummarizationException failure)
    {
        var minutes = (time.GetUtcNow() - (request.FirstTransientFailureAt ?? time.GetUtcNow())).TotalMinutes;
        return string.Create(CultureInfo.InvariantCulture, $"Gave up after {request.Attempt + 1} attempts over {minutes:F0} minutes: {failure.Message}");
    }

    /// <summary>The offline summary of an article the model did not summarize, or null when the fallback is off or cannot summarize it either.</summary>
    private ArticleSummary? FallBack(SummarizeRequest request, CleanedDocument document, SummarizationException failure, string reason)
    {
        var o = summarization.Value;
        if (o.GetProvider() == SummaryProvider.Offline || o.GetFallback() != SummaryFallback.Offline || failure.Kind == SummarizationFailureKind.InvalidArticle)
        {
            return null;
        }

        if (failure.Kind == SummarizationFailureKind.Configuration)
        {
            // Articles still get summaries, but a wrong key or deployment must not pass for a model that refuses.
            LogConfigurationError(logger, request.Id, request.Version, reason);
        }

        try
        {
            var summary = offline.Summarize(NumberedArticle.From(document.Article), document.Length);
            LogFallback(logger, request.Id, request.Version, reason);
            return summary;
        }
        catch (SummarizationException ex)
        {
            LogFallbackFailed(logger, request.Id, request.Version, ex.Message);
            return null;
        }
    }

    private async Task<SummarizeOutcome> MarkFailedAsync(SummarizeRequest request, string reason, CancellationToken cancellationToken)
    {
        LogFailed(logger, request.Id, request.Version, reason);
        var outcome = await UpdateRowAsync(
            request,
            e => e.WithoutTransientRetry() with { Status = ArticleStatus.Failed, Error = reason, FallbackReason = null, UpdatedAt = time.GetUtcNow() },
            SummarizeOutcome.Failed,
            cancellationToken);
        if (outcome == SummarizeOutcome.Failed)
        {
            metrics.ArticleOutcome(ArticleStatus.Failed);
        }

        return outcome;
    }

    private async Task MarkFailedIfRecordedAsync(SummarizeRequest request, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await MarkFailedAsync(request, reason, cancellationToken);
        }
        catch (ArticleNotReadyException ex)
        {
            LogUnrecorded(logger, request.Id, request.Version, ex.Message);
        }
    }

    /// <summary>Applies <paramref name="change"/> to the row while it still holds the request's version in status cleaned.</summary>
    private async Task<SummarizeOutcome> UpdateRowAsync(
        SummarizeRequest request, Func<ArticleIndexEntry, ArticleIndexEntry> change, SummarizeOutcome outcome, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxConflictRetries; attempt++)
        {
            var entry = await index.GetAsync(request.Id, cancellationToken);
            if (entry is null && await IsDeletedAsync(request, cancellationToken))
            {
                // Deleted while it was being summarized: the summary just stored goes too.
                await documents.DeleteAsync(request.Id, cancellationToken);
                LogDropped(logger, request.Id, request.Version, null, null);
                return SummarizeOutcome.Dropped;
            }

            if (IsStaleOrDone(entry, request))
            {
                return SummarizeOutcome.Dropped;
            }

            if (await index.TryReplaceAsync(change(entry!), cancellationToken))
            {
                LogOutcome(logger, request.Id, request.Version, outcome);
                return outcome;
            }
        }

        throw new InvalidOperationException($"The index row of article {request.Id} kept changing while it was being summarized.");
    }

    /// <summary>Whether the article was deleted at or after the request's version, so that the message must not bring it back.</summary>
    private async Task<bool> IsDeletedAsync(SummarizeRequest request, CancellationToken cancellationToken) =>
        await index.GetTombstoneAsync(request.Id, cancellationToken) is { } tombstone && tombstone.Version >= request.Version;

    private static bool IsStaleOrDone(ArticleIndexEntry? entry, SummarizeRequest request)
    {
        if (entry is null || entry.Version < request.Version)
        {
            throw new ArticleNotReadyException($"Article {request.Id} version {request.Version} is not recorded in the index yet.");
        }

        // A message with fewer transient failures than the row records was superseded by the one queued after them.
        return entry.Version > request.Version || entry.Status != ArticleStatus.Cleaned || entry.ContentHash != request.ContentHash
            || request.Attempt < (entry.TransientFailures ?? 0);
    }

    private static SummaryDocument ToDocument(CleanedDocument document, ArticleSummary summary, long elapsed, DateTimeOffset now)
    {
        var keyPoints = summary.KeyPoints
            .Select(k => new GroundedKeyPoint(
                k.Text,
                k.Sentences,
                k.Sentences.Where(i => i >= 0 && i < summary.Sentences.Count).Select(i => summary.Sentences[i]).ToList()))
            .ToList();
        return new SummaryDocument(
            document.Id,
            document.Name,
            document.Version,
            document.ContentHash,
            document.Article.Title,
            document.Article.Language,
            document.Article.Byline,
            document.Article.Published,
            document.Article.Site,
            document.Article.Url,
            summary.Summary,
            keyPoints,
            summary.Tldr,
            summary.Usage,
            elapsed,
            now);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Summarize stage: article {ArticleId} version {Version}: {Outcome}")]
    private static partial void LogOutcome(ILogger logger, string articleId, int version, SummarizeOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped message for article {ArticleId} version {Version}: the index has version {IndexVersion} in status {Status}")]
    private static partial void LogDropped(ILogger logger, string articleId, int version, int? indexVersion, string? status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Summarizing article {ArticleId} version {Version} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string articleId, int version, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} version {Version}: transient model failure {Attempt}; queued again in {Delay}: {Reason}")]
    private static partial void LogRetryLater(ILogger logger, string articleId, int version, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article {ArticleId} version {Version} was summarized offline: {Reason}")]
    private static partial void LogFallback(ILogger logger, string articleId, int version, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The chat model's configuration looks wrong (key, role, deployment or model); article {ArticleId} version {Version} falls back to the offline summarizer until it is fixed: {Reason}")]
    private static partial void LogConfigurationError(ILogger logger, string articleId, int version, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The offline fallback could not summarize article {ArticleId} version {Version} either: {Reason}")]
    private static partial void LogFallbackFailed(ILogger logger, string articleId, int version, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Giving up on article {ArticleId} version {Version}, which was never recorded: {Reason}")]
    private static partial void LogUnrecorded(ILogger logger, string articleId, int version, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dropped an unreadable summarize message: {MessageText}")]
    private static partial void LogUnreadable(ILogger logger, string messageText);
}
