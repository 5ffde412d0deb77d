namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/net/mcfilter6</c>: a source address in an IPv6 multicast group's source filter
/// (<c>igmp6_mcf_seq_show</c> in <c>net/ipv6/mcast.c</c>: <c>%3d %6.6s %pi6 %pi6 %6lu %6lu</c>). Read with
/// <c>fs.McFilter6()</c>.
/// </summary>
/// <remarks>
/// A header line (whose names hold blanks: <c>Multicast Address</c>, <c>Source Address</c>), then one line per
/// (group, source) pair of a source-specific join (MLDv2). Addresses are 32 hex digits in network order.
/// </remarks>
[ProcFile("net/mcfilter6", Accessor = "McFilter6"), ProcFile("{pid}/net/mcfilter6", Accessor = "McFilter6"), Rows(SkipLines = 1)]
public sealed partial record Ipv6MulticastSourceFilter
{
    /// <summary>The interface index.</summary>
    [Column(0)] public required int InterfaceIndex { get; init; }
    /// <summary>The interface name, at most six characters.</summary>
    [Column(1)] public required string Interface { get; init; }
    /// <summary>The group.</summary>
    [Column(2), Hex] public required InetAddress Group { get; init; }
    /// <summary>The source.</summary>
    [Column(3), Hex] public required InetAddress Source { get; init; }
    /// <summary>Sockets including the source.</summary>
    [Column(4)] public required ulong IncludeCount { get; init; }
    /// <summary>Sockets excluding the source.</summary>
    [Column(5)] public required ulong ExcludeCount { get; init; }
}
