using System;
using System.Net;

namespace ProcGen;

/// <summary>
/// An address and port of a socket table (<c>net/tcp</c>, <c>net/udp6</c>, <c>net/raw</c> …): the address as an
/// <see cref="InetAddress"/> in the kernel's host-order hexadecimal words, then <c>:</c> and the port as
/// <c>%04X</c> (<c>0100007F:0277</c> is 127.0.0.1:631; for raw sockets the "port" is the IP protocol number).
/// A property marked <see cref="HexAttribute"/> reads the network-order form of <c>ip_vs</c> instead:
/// <c>0A000001:0050</c> (<c>%08X</c> of <c>ntohl(addr)</c>) or <c>[2001:0db8:…:0001]:0050</c> (<c>[%pI6]:%04X</c>).
/// </summary>
/// <remarks>
/// Named so as not to clash with <see cref="System.Net.SocketAddress"/> in files that use both namespaces.
/// Allocates nothing; <see cref="ToIPEndPoint"/> makes the <see cref="IPEndPoint"/>.
/// </remarks>
public readonly record struct SocketEndpoint(InetAddress Address, ushort Port) : IProcHexValue<SocketEndpoint>
{
    /// <summary>From an <see cref="IPAddress"/> and a port.</summary>
    public SocketEndpoint(IPAddress address, ushort port) : this(InetAddress.From(address), port)
    {
    }

    /// <summary>The endpoint as an <see cref="IPEndPoint"/> (allocates).</summary>
    public IPEndPoint ToIPEndPoint() => new(Address.ToIPAddress(), Port);

    /// <summary>Parses <c>ADDRESS:PORT</c>: 8 or 32 hexadecimal digits, a colon, 4 hexadecimal digits.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out SocketEndpoint value)
    {
        value = default;
        // A socket table prints the address as 8 or 32 hex digits only (the dotted and colon forms are other
        // files'), so this parses exactly that, without looking for the other notations on every row.
        int colon = utf8.Length - 5;
        if ((colon != 8 && colon != 32) || utf8[colon] != (byte)':'
            || !InetAddress.TryParseHostOrderWords(utf8[..colon], out var address)
            || !ProcNumber.TryParseHexDigits(utf8[(colon + 1)..], out ulong port))
            return false;
        value = new SocketEndpoint(address, (ushort)port);
        return true;
    }

    /// <summary>
    /// Parses the network-order form: 8 hexadecimal digits of an IPv4 address in host order after <c>ntohl</c>, or
    /// an IPv6 address in colon form between brackets, then a colon and 4 hexadecimal digits of the port.
    /// </summary>
    public static bool TryParseHex(ReadOnlySpan<byte> utf8, out SocketEndpoint value)
    {
        value = default;
        int colon = utf8.Length - 5;
        if (colon < 0 || utf8[colon] != (byte)':' || !ProcNumber.TryParseHexDigits(utf8[(colon + 1)..], out ulong port)) return false;
        var address = utf8[..colon];
        InetAddress parsed;
        if (address.Length > 2 && address[0] == (byte)'[' && address[^1] == (byte)']')
        {
            if (!InetAddress.TryParse(address[1..^1], out parsed) || !parsed.IsIPv6) return false;
        }
        else if (address.Length != 8 || !InetAddress.TryParseNetworkOrder(address, out parsed))
        {
            return false;
        }
        value = new SocketEndpoint(parsed, (ushort)port);
        return true;
    }

    /// <summary><c>127.0.0.1:631</c> or <c>[::1]:631</c>.</summary>
    public override string ToString() => Address.IsIPv6 ? $"[{Address}]:{Port}" : $"{Address}:{Port}";
}
