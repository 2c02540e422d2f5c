using System.Net;
using System.Net.Sockets;

namespace Summarizer.Cli.Hosting;

/// <summary>Finds a TCP port on the loopback address that nothing listens on, for a server started right after.</summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
