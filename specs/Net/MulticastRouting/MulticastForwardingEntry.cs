namespace ProcGen.Specs;

/// <summary>
/// One entry of the multicast forwarding cache, a line of <c>/proc/net/ip_mr_cache</c> (<c>ipmr_mfc_seq_show</c> in
/// <c>net/ipv4/ipmr.c</c>: <c>%08X %08X %-3hd</c>, <c> %8lu %8lu %8lu</c>, then <c> %2d:%-3d</c> per output vif) or
/// <c>/proc/net/ip6_mr_cache</c> (<c>ipmr_mfc_seq_show</c> in <c>net/ipv6/ip6mr.c</c>: the addresses as
/// <c>%pI6</c>). Read with <c>fs.IpMulticastCache()</c> and <c>fs.Ip6MulticastCache()</c>.
/// </summary>
/// <remarks>
/// After the header (<c>Group    Origin   Iif     Pkts    Bytes    Wrong Oifs</c>), resolved entries come first, then
/// unresolved ones (packets queued while the daemon is asked), which print zero counters and no <c>Oifs</c>. IPv4
/// addresses are host-order hex words.
/// </remarks>
[ProcFile("net/ip_mr_cache", Accessor = "IpMulticastCache"), ProcFile("{pid}/net/ip_mr_cache", Accessor = "IpMulticastCache")]
[ProcFile("net/ip6_mr_cache", Accessor = "Ip6MulticastCache"), ProcFile("{pid}/net/ip6_mr_cache", Accessor = "Ip6MulticastCache")]
[Rows(SkipLines = 1)]
public sealed partial record MulticastForwardingEntry
{
    /// <summary>The multicast group.</summary>
    [Column(0)] public required InetAddress Group { get; init; }
    /// <summary>The source.</summary>
    [Column(1)] public required InetAddress Origin { get; init; }
    /// <summary>The vif packets must arrive on (<c>Iif</c>, the parent).</summary>
    [Column(2)] public required short InputInterface { get; init; }
    /// <summary>Packets forwarded (0 for an unresolved entry).</summary>
    [Column(3)] public required ulong Packets { get; init; }
    /// <summary>Bytes forwarded.</summary>
    [Column(4)] public required ulong Bytes { get; init; }
    /// <summary>Packets that arrived on another vif than <see cref="InputInterface"/>.</summary>
    [Column(5)] public required ulong WrongInterface { get; init; }
    /// <summary>The vifs packets are forwarded to with their TTL thresholds; <c>null</c> when none is printed (unresolved, or no output vif).</summary>
    [Rest] public MulticastForwardingTtls? OutputInterfaces { get; init; }
}
