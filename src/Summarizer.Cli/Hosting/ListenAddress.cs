using System.Net;
using System.Net.Sockets;

namespace Summarizer.Cli.Hosting;

/// <summary>Checks a <c>--urls</c> address before the host starts, so that a port in use reads as one line, not a trace.</summary>
internal static class ListenAddress
{
    /// <summary>
    /// The first port of <paramref name="urls"/> (one address, or several separated by <c>;</c>) that another program
    /// listens on; null when they are free or that cannot be told.
    /// </summary>
    public static int? PortInUse(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(PortInUseAt).FirstOrDefault(p => p is not null);

    private static int? PortInUseAt(string url)
    {
        // Kestrel reads * and + as every address.
        var normalized = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(normalized, UriKind.Absolute, out var uri) || uri.Port <= 0)
        {
            return null;
        }

        var address = IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) ? parsed
            : uri.IsLoopback ? IPAddress.Loopback
            : IPAddress.Any;
        var probe = new TcpListener(address, uri.Port);
        try
        {
            probe.Start();
            return null;
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return uri.Port;
        }
        catch (SocketException)
        {
            return null;
        }
        finally
        {
            probe.Stop();
        }
    }
}
