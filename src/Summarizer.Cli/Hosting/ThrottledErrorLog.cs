namespace Summarizer.Cli.Hosting;

/// <summary>
/// Logs a recurring error once per interval with a count of the ones held back, so a storage outage writes a line
/// every half minute instead of one per poll or message.
/// </summary>
internal sealed partial class ThrottledErrorLog(ILogger logger, TimeProvider time, TimeSpan interval)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _lastLogged = DateTimeOffset.MinValue;
    private int _suppressed;
    private bool _failing;

    public void Failure(string activity, Exception exception)
    {
        int suppressed;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (now - _lastLogged < interval)
            {
                _suppressed++;
                return;
            }

            suppressed = _suppressed;
            _suppressed = 0;
            _lastLogged = now;
            _failing = true;
        }

        LogFailure(logger, activity, suppressed, exception.GetType().Name, FirstLine(exception.Message));
    }

    public void Success(string activity)
    {
        lock (_gate)
        {
            if (!_failing)
            {
                return;
            }

            _failing = false;
            _lastLogged = DateTimeOffset.MinValue;
            _suppressed = 0;
        }

        LogRecovered(logger, activity);
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end].TrimEnd();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Activity} is failing ({Suppressed} more failures since the last report): {ErrorType}: {ErrorMessage}")]
    private static partial void LogFailure(ILogger logger, string activity, int suppressed, string errorType, string errorMessage);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Activity} works again")]
    private static partial void LogRecovered(ILogger logger, string activity);
}
