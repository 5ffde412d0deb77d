namespace ProcGen.Specs;

/// <summary>
/// One IPv6 address of <c>/proc/net/if_inet6</c> (<c>if6_seq_show</c> in <c>net/ipv6/addrconf.c</c>). Read with
/// <c>fs.IfInet6()</c>.
/// </summary>
/// <remarks>No header. The address is 32 hex digits in network order (<c>%pi6</c>); the numbers are hexadecimal.</remarks>
[ProcFile("net/if_inet6", Accessor = "IfInet6"), ProcFile("{pid}/net/if_inet6", Accessor = "IfInet6"), Rows]
public sealed partial record Ipv6InterfaceAddress
{
    [Column(0), Hex] public required InetAddress Address { get; init; }
    /// <summary>The interface index.</summary>
    [Column(1), Hex] public required int InterfaceIndex { get; init; }
    [Column(2), Hex] public required byte PrefixLength { get; init; }
    /// <summary>The scope: 0x00 global, 0x10 host (loopback), 0x20 link, 0x40 site.</summary>
    [Column(3), Hex] public required byte Scope { get; init; }
    /// <summary><c>IFA_F_*</c> flags: 0x80 permanent, 0x40 tentative, 0x02 DAD failed, 0x01 temporary …</summary>
    [Column(4), Hex] public required uint Flags { get; init; }
    [Column(5)] public required string Interface { get; init; }
}
