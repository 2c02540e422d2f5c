using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Summarizer.Cli.Hosting;

/// <summary>
/// Keeps a received message invisible while it is processed, renewing at half the lease, so a long summary is not
/// delivered twice but a crashed host's messages come back within one lease.
/// </summary>
internal sealed class MessageLease : IAsyncDisposable
{
    private readonly QueueClient _queue;
    private readonly string _messageId;
    private readonly TimeSpan _lease;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;

    public MessageLease(QueueClient queue, QueueMessage message, TimeSpan lease, TimeProvider time)
    {
        _queue = queue;
        _messageId = message.MessageId;
        _lease = lease;
        PopReceipt = message.PopReceipt;
        _renewing = RenewAsync(time);
    }

    /// <summary>The current pop receipt: each renewal replaces it, and deleting needs the latest.</summary>
    public string PopReceipt { get; private set; }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task RenewAsync(TimeProvider time)
    {
        try
        {
            while (true)
            {
                await Task.Delay(_lease / 2, time, _stop.Token);
                UpdateReceipt receipt = await _queue.UpdateMessageAsync(_messageId, PopReceipt, visibilityTimeout: _lease, cancellationToken: _stop.Token);
                PopReceipt = receipt.PopReceipt;
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or AggregateException)
        {
            // The message was deleted, its receipt went stale, or storage is away: the lease runs out
            // and the message is delivered again, which the handler tolerates.
        }
    }
}
