using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using Summarizer.Core.Pipeline;
using Summarizer.Core.Storage;

namespace Summarizer.Cli.Hosting;

/// <summary>
/// The local stand-in for the queue trigger on <c>summarize</c>, with the Functions host's semantics: a batch of
/// messages at a time, each kept invisible while it is processed, deleted on success, made visible again after a
/// failure, and moved to <c>summarize-poison</c> after <see cref="PipelineOptions.MaxDequeueCount"/> deliveries.
/// </summary>
internal sealed partial class QueueTriggerListener(
    StorageClients clients,
    SummarizeArticleHandler handler,
    IOptions<ServeOptions> options,
    IOptions<PipelineOptions> pipelineOptions,
    TimeProvider time,
    ILogger<QueueTriggerListener> logger) : BackgroundService
{
    private readonly QueueClient _queue = clients.Queue(StorageNames.SummarizeQueue);
    private readonly QueueClient _poison = clients.Queue(StorageNames.SummarizePoisonQueue);
    private readonly ThrottledErrorLog _errors = new(logger, time, TimeSpan.FromSeconds(30));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var delay = TimeSpan.FromMilliseconds(100);
        var running = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            // As the Functions host does: a new batch is fetched once no more than newBatchThreshold messages are
            // still being processed, so one slow summary does not hold up the rest of its batch.
            running.RemoveAll(t => t.IsCompleted);
            if (running.Count > o.NewBatchThreshold)
            {
                await Task.WhenAny(running);
                continue;
            }

            QueueMessage[] messages;
            try
            {
                messages = (await _queue.ReceiveMessagesAsync(o.QueueBatchSize, o.MessageLease, stoppingToken)).Value;
                _errors.Success("Receiving summarize messages");
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                _errors.Failure("Receiving summarize messages", ex);
                messages = [];
            }

            if (messages.Length > 0)
            {
                delay = TimeSpan.FromMilliseconds(100);
                running.AddRange(messages.Select(m => ProcessAsync(m, stoppingToken)));
                continue;
            }

            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, o.MaxQueuePollingInterval.Ticks));
        }

        await Task.WhenAll(running);
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        var lease = new MessageLease(_queue, message, options.Value.MessageLease, time);
        try
        {
            await handler.HandleAsync(message.MessageText, message.DequeueCount, message.InsertedOn, stoppingToken);
            await lease.StopAsync();
            await _queue.DeleteMessageAsync(message.MessageId, lease.PopReceipt, CancellationToken.None);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            await lease.StopAsync();
            await FailAsync(message, lease.PopReceipt, ex);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the message becomes visible again when its lease runs out.
            await lease.StopAsync();
        }
        finally
        {
            await lease.DisposeAsync();
        }
    }

    private async Task FailAsync(QueueMessage message, string popReceipt, Exception exception)
    {
        try
        {
            if (message.DequeueCount >= pipelineOptions.Value.MaxDequeueCount)
            {
                await _poison.SendMessageAsync(message.MessageText, CancellationToken.None);
                await _queue.DeleteMessageAsync(message.MessageId, popReceipt, CancellationToken.None);
                LogPoisoned(logger, message.MessageId, message.DequeueCount, exception.Message);
            }
            else
            {
                await _queue.UpdateMessageAsync(message.MessageId, popReceipt, visibilityTimeout: options.Value.RetryVisibilityTimeout, cancellationToken: CancellationToken.None);
                LogRetrying(logger, message.MessageId, message.DequeueCount, exception.GetType().Name, exception.Message);
            }
        }
        catch (Exception ex)
        {
            // The lease runs out and the message is delivered again; nothing is lost.
            _errors.Failure("Returning a failed summarize message", ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Summarize message {MessageId} failed on delivery {DequeueCount}; it will be retried: {ErrorType}: {Reason}")]
    private static partial void LogRetrying(ILogger logger, string messageId, long dequeueCount, string errorType, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Summarize message {MessageId} moved to the poison queue after {DequeueCount} deliveries: {Reason}")]
    private static partial void LogPoisoned(ILogger logger, string messageId, long dequeueCount, string reason);
}
