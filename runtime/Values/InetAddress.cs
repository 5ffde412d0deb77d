using System;
using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace ProcGen;

/// <summary>
/// An IPv4 or IPv6 address as the kernel prints it in socket tables and the IPv4 routing table: hexadecimal
/// <c>%08X</c> of the address loaded as a host-order 32-bit word (<c>0100007F</c> is 127.0.0.1 on a little-endian
/// machine), and IPv6 as four such words (<c>00000000000000000000000001000000</c> is <c>::1</c>). Dotted IPv4
/// (<c>192.168.1.1</c>, as in <c>arp</c>) is accepted too, and so is IPv6 as <c>%pI6</c> prints it: eight groups of
/// four hexadecimal digits joined by colons (<c>ff02:0000:0000:0000:0000:0000:0000:0001</c>, as in <c>ip6_mr_cache</c>).
/// </summary>
/// <remarks>
/// The words are in the byte order of the machine that printed them, which this type takes to be the machine
/// that parses them (<see cref="BitConverter.IsLittleEndian"/>): a capture from a big-endian machine read on a
/// little-endian one shows its addresses byte-swapped. The value holds the 16 bytes (IPv4: 4) in network order and
/// allocates nothing; <see cref="ToIPAddress"/> makes the <see cref="IPAddress"/>. A property marked
/// <see cref="HexAttribute"/> reads the other hexadecimal form, the bytes in network order as <c>%pi6</c> prints
/// them (<c>ipv6_route</c>, <c>if_inet6</c>): see <see cref="TryParseHex"/>.
/// </remarks>
public readonly record struct InetAddress : IProcHexValue<InetAddress>
{
    // The address bytes in network order as one big-endian number; IPv4 uses the low 32 bits.
    private readonly UInt128 _bits;

    private InetAddress(UInt128 bits, bool isIPv6)
    {
        _bits = bits;
        IsIPv6 = isIPv6;
    }

    /// <summary>An IPv6 address (else IPv4).</summary>
    public bool IsIPv6 { get; }

    /// <summary>The address family: <see cref="AddressFamily.InterNetwork"/> or <see cref="AddressFamily.InterNetworkV6"/>.</summary>
    public AddressFamily Family => IsIPv6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork;

    /// <summary>0.0.0.0 or <c>::</c>: a socket bound to every address, or a peer not yet known.</summary>
    public bool IsAny => _bits == UInt128.Zero;

    /// <summary>The address in network byte order: 4 bytes for IPv4, 16 for IPv6.</summary>
    public byte[] GetAddressBytes()
    {
        var bytes = new byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, _bits);
        return IsIPv6 ? bytes : bytes[12..];
    }

    /// <summary>The address as a <see cref="IPAddress"/> (allocates).</summary>
    public IPAddress ToIPAddress() => new(GetAddressBytes());

    /// <summary>From an <see cref="IPAddress"/> (IPv4 or IPv6).</summary>
    public static InetAddress From(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Span<byte> full = stackalloc byte[16];
        full.Clear();
        bytes.CopyTo(full[(16 - bytes.Length)..]);
        return new InetAddress(BinaryPrimitives.ReadUInt128BigEndian(full), bytes.Length == 16);
    }

    /// <summary>8 hexadecimal digits (one host-order word), 32 (four), a dotted IPv4 address or a full <c>%pI6</c> IPv6 address.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out InetAddress value)
    {
        value = default;
        // A dotted address may be 8 characters too (10.0.0.1): only digits without dots are a word.
        if (utf8.Length == 8 && utf8.IndexOf((byte)'.') < 0)
        {
            if (!ProcNumber.TryParseHexDigits(utf8, out ulong word)) return false;
            value = new InetAddress(ToNetworkOrder((uint)word), isIPv6: false);
            return true;
        }
        if (utf8.Length == 32)
        {
            UInt128 bits = UInt128.Zero;
            for (int i = 0; i < 4; i++)
            {
                if (!ProcNumber.TryParseHexDigits(utf8.Slice(i * 8, 8), out ulong word)) return false;
                bits = (bits << 32) | ToNetworkOrder((uint)word);
            }
            value = new InetAddress(bits, isIPv6: true);
            return true;
        }
        if (utf8.Length == 39) return TryParseFullColon(utf8, out value);
        return TryParseDotted(utf8, out value);
    }

    // %pI6: eight groups of exactly four hex digits, in network order, separated by ':'.
    private static bool TryParseFullColon(ReadOnlySpan<byte> utf8, out InetAddress value)
    {
        value = default;
        UInt128 bits = UInt128.Zero;
        for (int group = 0; group < 8; group++)
        {
            int start = group * 5;
            if (group < 7 && utf8[start + 4] != (byte)':') return false;
            if (!ProcNumber.TryParseHexDigits(utf8.Slice(start, 4), out ulong word)) return false;
            bits = (bits << 16) | (UInt128)word;
        }
        value = new InetAddress(bits, isIPv6: true);
        return true;
    }

    /// <summary>
    /// 32 hexadecimal digits of the 16 bytes in network order, as <c>%pi6</c> prints them (<c>ipv6_route</c>,
    /// <c>if_inet6</c>: <c>fe800000000000000000000000000001</c>).
    /// </summary>
    public static bool TryParseHex(ReadOnlySpan<byte> utf8, out InetAddress value) => TryParseNetworkOrder(utf8, out value);

    /// <inheritdoc cref="TryParseHex"/>
    public static bool TryParseNetworkOrder(ReadOnlySpan<byte> utf8, out InetAddress value)
    {
        value = default;
        if (utf8.Length != 32) return false;
        if (!ProcNumber.TryParseHexDigits(utf8[..16], out ulong upper) || !ProcNumber.TryParseHexDigits(utf8[16..], out ulong lower))
            return false;
        value = new InetAddress(new UInt128(upper, lower), isIPv6: true);
        return true;
    }

    // The kernel printed the bytes of a __be32 loaded as a native u32: undo the load.
    private static uint ToNetworkOrder(uint word) => BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(word) : word;

    private static bool TryParseDotted(ReadOnlySpan<byte> utf8, out InetAddress value)
    {
        value = default;
        uint bits = 0;
        int parts = 0, i = 0;
        while (parts < 4)
        {
            int start = i;
            uint part = 0;
            while (i < utf8.Length && (uint)(utf8[i] - '0') <= 9 && i - start < 3) part = part * 10 + (uint)(utf8[i++] - '0');
            if (i == start || part > 255) return false;
            bits = (bits << 8) | part;
            parts++;
            if (parts < 4)
            {
                if (i >= utf8.Length || utf8[i] != (byte)'.') return false;
                i++;
            }
        }
        if (i != utf8.Length) return false;
        value = new InetAddress(bits, isIPv6: false);
        return true;
    }

    /// <summary><c>127.0.0.1</c>, <c>::1</c>, <c>::ffff:127.0.0.1</c>.</summary>
    public override string ToString() => ToIPAddress().ToString();
}
