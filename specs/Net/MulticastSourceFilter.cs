namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/net/mcfilter</c>: a source address in an IPv4 multicast group's source filter
/// (<c>igmp_mcf_seq_show</c> in <c>net/ipv4/igmp.c</c>: <c>%3d %6.6s 0x%08x 0x%08x %6lu %6lu</c>). Read with
/// <c>fs.McFilter()</c>.
/// </summary>
/// <remarks>
/// A header line, then one line per (group, source) pair of a source-specific join (IGMPv3). Both addresses are
/// printed <c>ntohl</c>, so <c>0xe0000001</c> is 224.0.0.1: use <see cref="GroupAddress"/> and
/// <see cref="SourceAddress"/>. The device name is cut to six characters by <c>%6.6s</c>.
/// </remarks>
[ProcFile("net/mcfilter", Accessor = "McFilter"), ProcFile("{pid}/net/mcfilter", Accessor = "McFilter"), HeaderTable(HeaderLine = 0)]
public sealed partial record MulticastSourceFilter
{
    /// <summary>The interface index.</summary>
    [Column("Idx")] public required int InterfaceIndex { get; init; }
    /// <summary>The interface name, at most six characters.</summary>
    [Column("Device")] public required string Interface { get; init; }
    /// <summary>The group, host order (<c>0xe0000001</c>).</summary>
    [Column("MCA"), Prefix("0x"), Hex] public required uint Group { get; init; }
    /// <summary>The source, host order.</summary>
    [Column("SRC"), Prefix("0x"), Hex] public required uint Source { get; init; }
    /// <summary>Sockets including the source (<c>sf_count[MCAST_INCLUDE]</c>).</summary>
    [Column("INC")] public required ulong IncludeCount { get; init; }
    /// <summary>Sockets excluding the source (<c>sf_count[MCAST_EXCLUDE]</c>).</summary>
    [Column("EXC")] public required ulong ExcludeCount { get; init; }

    /// <summary>The group as an address.</summary>
    public System.Net.IPAddress GroupAddress => HostOrder(Group);
    /// <summary>The source as an address.</summary>
    public System.Net.IPAddress SourceAddress => HostOrder(Source);

    private static System.Net.IPAddress HostOrder(uint value)
        => new([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);
}
