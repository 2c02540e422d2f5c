namespace Summarizer.Core.Fetching;

/// <summary>Thrown when connecting to a host would reach an address the fetch policy refuses.</summary>
public sealed class UrlRefusedException : Exception
{
    public UrlRefusedException()
    {
    }

    public UrlRefusedException(string message)
        : base(message)
    {
    }

    public UrlRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
