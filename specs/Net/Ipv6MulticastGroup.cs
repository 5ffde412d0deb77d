namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/net/igmp6</c>: an IPv6 multicast group an interface has joined (<c>igmp6_mc_seq_show</c> in
/// <c>net/ipv6/mcast.c</c>: <c>%-4d %-15s %pi6 %5d %08X %ld</c>). Read with <c>fs.Igmp6()</c>.
/// </summary>
/// <remarks>No header. The group address is 32 hex digits in network order, as in <c>if_inet6</c>.</remarks>
[ProcFile("net/igmp6", Accessor = "Igmp6"), ProcFile("{pid}/net/igmp6", Accessor = "Igmp6"), Rows]
public sealed partial record Ipv6MulticastGroup
{
    /// <summary>The interface index.</summary>
    [Column(0)] public required int InterfaceIndex { get; init; }
    /// <summary>The interface name.</summary>
    [Column(1)] public required string Interface { get; init; }
    /// <summary>The multicast group.</summary>
    [Column(2), Hex] public required InetAddress Group { get; init; }
    /// <summary>Sockets and the kernel using the group (<c>mca_users</c>).</summary>
    [Column(3)] public required int Users { get; init; }
    /// <summary><c>MAF_*</c> flags (<c>%08X</c>): 0x4 last reporter, 0x8 no report (link-local all-nodes).</summary>
    [Column(4), Hex] public required uint Flags { get; init; }
    /// <summary>Jiffies until the pending report timer fires, 0 when none is running.</summary>
    [Column(5)] public required long TimerJiffies { get; init; }
}
