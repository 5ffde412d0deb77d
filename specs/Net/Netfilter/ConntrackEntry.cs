namespace ProcGen.Specs;

/// <summary>
/// One tracked connection of <c>/proc/net/nf_conntrack</c> (<c>ct_seq_show</c> in
/// <c>net/netfilter/nf_conntrack_standalone.c</c>): <c>%-8s %u %-8s %u</c> for the network and transport protocols,
/// then the timeout, state, both tuples, flags and counters (<see cref="ConntrackFlow"/>). Read with
/// <c>fs.NfConntrack()</c>, or row by row with <c>fs.EnumerateNfConntrack()</c> (a busy router tracks a million).
/// </summary>
/// <remarks>
/// The file is mode 0440 (root only): an unprivileged read is <c>PermissionDenied</c>. Only present with the
/// <c>nf_conntrack</c> module loaded; empty until a rule or a NAT table makes netfilter track connections. IPv6
/// addresses are printed in full colon form (<c>%pI6</c>). The entries of a process's network namespace are under
/// <c>{pid}/net/nf_conntrack</c>.
/// </remarks>
[ProcFile("net/nf_conntrack", Accessor = "NfConntrack"), ProcFile("{pid}/net/nf_conntrack", Accessor = "NfConntrack"), Rows]
public sealed partial record ConntrackEntry
{
    /// <summary>The network protocol's name: <c>ipv4</c>, <c>ipv6</c> (<c>unknown</c> for others).</summary>
    [Column(0)] public required string NetworkProtocol { get; init; }

    /// <summary>The address family (<c>NFPROTO_*</c>): 2 IPv4, 10 IPv6.</summary>
    [Column(1)] public required int Family { get; init; }

    /// <summary>The transport protocol's name: <c>tcp</c>, <c>udp</c>, <c>icmp</c>, <c>icmpv6</c>, <c>sctp</c>, <c>gre</c>, <c>unknown</c>…</summary>
    [Column(2)] public required string TransportProtocol { get; init; }

    /// <summary>The IP protocol number (6 TCP, 17 UDP, 1 ICMP, 58 ICMPv6, 132 SCTP, 47 GRE).</summary>
    [Column(3)] public required int Protocol { get; init; }

    /// <summary>The rest of the line: timeout, state, tuples, counters and flags.</summary>
    [Rest] public required ConntrackFlow Flow { get; init; }

    /// <summary>The tuple of the original direction.</summary>
    public ConntrackTuple Original => Flow.Original;

    /// <summary>The tuple expected in reply (NAT shows here).</summary>
    public ConntrackTuple Reply => Flow.Reply;
}
