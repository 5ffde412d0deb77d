using System;
using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace ProcGen;

/// <summary>
/// An IPv4 or IPv6 address as the kernel prints it in socket tables and the IPv4 routing table: hexadecimal
/// <c>%08X</c> of the address loaded as a host-order 32-bit word (<c>0100007F</c> is 127.0.0.1 on a little-endian
/// machine), and IPv6 as four such words (<c>00000000000000000000000001000000</c> is <c>::1</c>). Dotted IPv4
/// (<c>192.168.1.1</c>, as in <c>arp</c>) and IPv6 in colon form are accepted too: full as <c>%pI6</c> prints it
/// (<c>fe80:0000:0000:0000:0000:0000:0000:0001</c>, <c>nf_conntrack</c>, <c>xt_recent</c>) or compressed as
/// <c>%pI6c</c> does (<c>fe80::1</c>, <c>::ffff:192.0.2.1</c>).
/// </summary>
/// <remarks>
/// The words are in the byte order of the machine that printed them, which this type takes to be the machine
/// that parses them (<see cref="BitConverter.IsLittleEndian"/>): a capture from a big-endian machine read on a
/// little-endian one shows its addresses byte-swapped. The value holds the 16 bytes (IPv4: 4) in network order and
/// allocates nothing; <see cref="ToIPAddress"/> makes the <see cref="IPAddress"/>. A property marked
/// <see cref="HexAttribute"/> reads the other hexadecimal form, the bytes in network order as <c>%pi6</c> prints
/// them (<c>ipv6_route</c>, <c>if_inet6</c>), and for IPv4 the 8 digits of <c>%08X</c> of <c>ntohl(addr)</c>, also
/// network order (<c>0A000001</c> is 10.0.0.1 on any machine: <c>ip_vs</c>): see <see cref="TryParseHex"/>.
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

    /// <summary>8 hexadecimal digits (one host-order word), 32 (four), a dotted IPv4 address or a colon IPv6 address.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out InetAddress value)
    {
        value = default;
        // Colon form first: a compressed address may be 8 or 32 characters long, like the hex words.
        if (utf8.IndexOf((byte)':') >= 0) return TryParseColon(utf8, out value);
        // Dotted before the hex words: 10.1.2.3 is 8 characters long too.
        if (utf8.IndexOf((byte)'.') >= 0) return TryParseDotted(utf8, out value);
        return TryParseHostOrderWords(utf8, out value);
    }

    /// <summary>
    /// Only the socket tables' form: 8 or 32 hexadecimal digits of 32-bit words printed in host order
    /// (<c>0100007F</c> is 127.0.0.1). The socket tables' hot path: no scan for the other notations.
    /// </summary>
    internal static bool TryParseHostOrderWords(ReadOnlySpan<byte> utf8, out InetAddress value)
    {
        value = default;
        if (utf8.Length == 8)
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
        return false;
    }

    /// <summary>
    /// 32 hexadecimal digits of the 16 bytes in network order, as <c>%pi6</c> prints them (<c>ipv6_route</c>,
    /// <c>if_inet6</c>: <c>fe800000000000000000000000000001</c>), or 8 digits of an IPv4 address converted to host
    /// order before printing (<c>%08X</c> of <c>ntohl(addr)</c>, <c>ip_vs</c>: <c>0A000001</c> is 10.0.0.1).
    /// </summary>
    public static bool TryParseHex(ReadOnlySpan<byte> utf8, out InetAddress value) => TryParseNetworkOrder(utf8, out value);

    /// <inheritdoc cref="TryParseHex"/>
    public static bool TryParseNetworkOrder(ReadOnlySpan<byte> utf8, out InetAddress value)
    {
        value = default;
        if (utf8.Length == 8)
        {
            if (!ProcNumber.TryParseHexDigits(utf8, out ulong word)) return false;
            value = new InetAddress(word, isIPv6: false);
            return true;
        }
        if (utf8.Length != 32) return false;
        if (!ProcNumber.TryParseHexDigits(utf8[..16], out ulong upper) || !ProcNumber.TryParseHexDigits(utf8[16..], out ulong lower))
            return false;
        value = new InetAddress(new UInt128(upper, lower), isIPv6: true);
        return true;
    }

    // The kernel printed the bytes of a __be32 loaded as a native u32: undo the load.
    private static uint ToNetworkOrder(uint word) => BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(word) : word;

    // RFC 4291 text: eight groups of 1–4 hex digits, at most one "::" standing for one or more zero groups, and an
    // optional dotted IPv4 tail for the last 32 bits (%pI6c prints ::ffff:192.0.2.1).
    private static bool TryParseColon(ReadOnlySpan<byte> utf8, out InetAddress value)
    {
        value = default;
        if (utf8.Length < 2 || utf8.Length > 45) return false;
        Span<ushort> groups = stackalloc ushort[8];
        int count = 0, gap = -1, i = 0;
        if (utf8[0] == (byte)':')
        {
            if (utf8[1] != (byte)':') return false;
            gap = 0;
            i = 2;
            if (i == utf8.Length) { value = new InetAddress(UInt128.Zero, isIPv6: true); return true; }
        }
        while (true)
        {
            int start = i;
            ulong group = 0;
            while (i < utf8.Length && i - start < 5 && HexDigit(utf8[i]) is var digit and >= 0) { group = group * 16 + (uint)digit; i++; }
            if (i < utf8.Length && utf8[i] == (byte)'.')
            {
                // The last 32 bits in dotted form.
                if (count > 6 || !TryParseDotted(utf8[start..], out var tail)) return false;
                uint bits = (uint)tail._bits;
                groups[count++] = (ushort)(bits >> 16);
                groups[count++] = (ushort)bits;
                i = utf8.Length;
                break;
            }
            if (i == start || i - start > 4 || count == 8) return false;
            groups[count++] = (ushort)group;
            if (i == utf8.Length) break;
            if (utf8[i] != (byte)':' || ++i == utf8.Length) return false;
            if (utf8[i] == (byte)':')
            {
                if (gap >= 0) return false;
                gap = count;
                if (++i == utf8.Length) break;
            }
        }
        if (gap < 0 ? count != 8 : count > 7) return false;
        UInt128 result = UInt128.Zero;
        int zeros = 8 - count;
        for (int g = 0; g < count; g++)
        {
            if (g == gap) result <<= 16 * zeros;
            result = (result << 16) | groups[g];
        }
        if (gap == count) result <<= 16 * zeros;
        value = new InetAddress(result, isIPv6: true);
        return true;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

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
