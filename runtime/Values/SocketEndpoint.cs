using System;
using System.Net;

namespace ProcGen;

/// <summary>
/// An address and port of a socket table (<c>net/tcp</c>, <c>net/udp6</c>, <c>net/raw</c> …): the address as an
/// <see cref="InetAddress"/> in the kernel's host-order hexadecimal words, then <c>:</c> and the port as
/// <c>%04X</c> (<c>0100007F:0277</c> is 127.0.0.1:631; for raw sockets the "port" is the IP protocol number).
/// </summary>
/// <remarks>
/// Named so as not to clash with <see cref="System.Net.SocketAddress"/> in files that use both namespaces.
/// Allocates nothing; <see cref="ToIPEndPoint"/> makes the <see cref="IPEndPoint"/>.
/// </remarks>
public readonly record struct SocketEndpoint(InetAddress Address, ushort Port) : IProcValue<SocketEndpoint>
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
        int colon = utf8.Length - 5;
        if (colon < 0 || utf8[colon] != (byte)':' || !InetAddress.TryParse(utf8[..colon], out var address)) return false;
        // The dotted form is for other files: a socket table prints hex only.
        if (colon != 8 && colon != 32) return false;
        if (!ProcNumber.TryParseHexDigits(utf8[(colon + 1)..], out ulong port)) return false;
        value = new SocketEndpoint(address, (ushort)port);
        return true;
    }

    /// <summary><c>127.0.0.1:631</c> or <c>[::1]:631</c>.</summary>
    public override string ToString() => Address.IsIPv6 ? $"[{Address}]:{Port}" : $"{Address}:{Port}";
}
