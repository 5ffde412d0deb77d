namespace ProcGen.Specs;

/// <summary>
/// One neighbour of <c>/proc/net/arp</c>: the IPv4 ARP table (<c>arp_format_neigh_entry</c> in
/// <c>net/ipv4/arp.c</c>). Read with <c>fs.Arp()</c>.
/// </summary>
/// <remarks>
/// The header's names contain single spaces (<c>IP address</c>, <c>HW type</c>); every value is one word, so rows
/// are bound by position.
/// </remarks>
[ProcFile("net/arp", Accessor = "Arp"), ProcFile("{pid}/net/arp", Accessor = "Arp"), Rows(SkipLines = 1)]
public sealed partial record ArpEntry
{
    /// <summary>The neighbour's IPv4 address (dotted).</summary>
    [Column(0)] public required InetAddress Address { get; init; }
    /// <summary>The <c>ARPHRD_*</c> hardware type (0x1 Ethernet).</summary>
    [Column(1), Hex] public required uint HardwareType { get; init; }
    /// <summary><c>ATF_*</c> flags: 0x2 complete, 0x4 permanent, 0x8 published; 0x0 incomplete.</summary>
    [Column(2), Hex] public required uint Flags { get; init; }
    /// <summary>The hardware address, <c>02:fc:00:00:00:05</c> (all zeros while incomplete).</summary>
    [Column(3)] public required string HardwareAddress { get; init; }
    /// <summary>Always <c>*</c>.</summary>
    [Column(4)] public required string Mask { get; init; }
    [Column(5)] public required string Device { get; init; }

    /// <summary>Whether the entry is resolved (<c>ATF_COM</c>).</summary>
    public bool IsComplete => (Flags & 0x2) != 0;
}
