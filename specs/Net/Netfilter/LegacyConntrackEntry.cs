namespace ProcGen.Specs;

/// <summary>
/// One tracked IPv4 connection of <c>/proc/net/ip_conntrack</c>, the file of the IPv4-only connection tracker
/// before 2.6.20 (and a compatibility copy until 2.6.25; <c>ct_seq_show</c> in
/// <c>net/ipv4/netfilter/ip_conntrack_standalone.c</c>): <c>%-8s %u</c> for the transport protocol, then what
/// <c>nf_conntrack</c> prints after its protocol columns. Read with <c>fs.IpConntrack()</c>.
/// </summary>
[ProcFile("net/ip_conntrack", Accessor = "IpConntrack"), ProcFile("{pid}/net/ip_conntrack", Accessor = "IpConntrack"), Rows]
public sealed partial record LegacyConntrackEntry
{
    /// <summary>The transport protocol's name: <c>tcp</c>, <c>udp</c>, <c>icmp</c>, <c>unknown</c>.</summary>
    [Column(0)] public required string TransportProtocol { get; init; }

    /// <summary>The IP protocol number (6 TCP, 17 UDP, 1 ICMP).</summary>
    [Column(1)] public required int Protocol { get; init; }

    /// <summary>The rest of the line: timeout, state, tuples, counters and flags.</summary>
    [Rest] public required ConntrackFlow Flow { get; init; }
}
