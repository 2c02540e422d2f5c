using System.Net;
using System.Net.Sockets;

namespace Summarizer.Core.Fetching;

/// <summary>
/// Which IP addresses a fetch may connect to: public unicast only. Loopback, private, shared, link-local (with the
/// cloud metadata address 169.254.169.254), multicast, documentation and other reserved ranges are refused for IPv4
/// and IPv6, including IPv4 addresses carried inside IPv6 (mapped, NAT64, 6to4).
/// </summary>
public static class AddressPolicy
{
    private static readonly IPNetwork[] RefusedV4 =
    [
        IPNetwork.Parse("0.0.0.0/8"),
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("169.254.0.0/16"),
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"),
        IPNetwork.Parse("192.0.2.0/24"),
        IPNetwork.Parse("192.88.99.0/24"),
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"),
        IPNetwork.Parse("198.51.100.0/24"),
        IPNetwork.Parse("203.0.113.0/24"),
        IPNetwork.Parse("224.0.0.0/4"),
        IPNetwork.Parse("240.0.0.0/4"),
    ];

    private static readonly IPNetwork LoopbackV4 = IPNetwork.Parse("127.0.0.0/8");
    private static readonly IPNetwork GlobalUnicastV6 = IPNetwork.Parse("2000::/3");

    private static readonly IPNetwork[] RefusedV6 =
    [
        IPNetwork.Parse("2001::/23"),
        IPNetwork.Parse("2001:db8::/32"),
        IPNetwork.Parse("3fff::/20"),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    /// <summary>Why a fetch must not connect to <paramref name="address"/>, or null when it may.</summary>
    public static string? Check(IPAddress address, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return CheckV4(address, allowLoopback);
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return $"{address} is not an IP address.";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return CheckV4(address.MapToIPv4(), allowLoopback);
        }

        if (IPAddress.IPv6Loopback.Equals(address))
        {
            return allowLoopback ? null : $"{address} is a loopback address.";
        }

        if (Nat64.Contains(address))
        {
            return CheckV4(new IPAddress(address.GetAddressBytes()[12..]), allowLoopback: false);
        }

        if (SixToFour.Contains(address))
        {
            return CheckV4(new IPAddress(address.GetAddressBytes()[2..6]), allowLoopback: false);
        }

        if (!GlobalUnicastV6.Contains(address) || RefusedV6.Any(n => n.Contains(address)))
        {
            return $"{address} is not a public address (loopback, private, link-local, multicast or reserved).";
        }

        return null;
    }

    private static string? CheckV4(IPAddress address, bool allowLoopback)
    {
        if (LoopbackV4.Contains(address))
        {
            return allowLoopback ? null : $"{address} is a loopback address.";
        }

        return RefusedV4.Any(n => n.Contains(address)) || address.Equals(IPAddress.Broadcast)
            ? $"{address} is not a public address (private, link-local, metadata, multicast or reserved)."
            : null;
    }
}
