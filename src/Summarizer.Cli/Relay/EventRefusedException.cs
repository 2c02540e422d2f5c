namespace Summarizer.Cli.Relay;

/// <summary>The host answered an event as malformed (400): posting the same event again soon will not help.</summary>
internal sealed class EventRefusedException : Exception
{
    public EventRefusedException()
    {
    }

    public EventRefusedException(string message)
        : base(message)
    {
    }

    public EventRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
