using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/net/netstat</c>: Linux's extended counters of the network namespace (<c>TcpExt</c>, <c>IpExt</c>,
/// <c>MPTcpExt</c>), as pairs of name and value lines (<c>netstat_seq_show</c> in <c>net/ipv4/proc.c</c>; the names
/// come from <c>snmp4_net_list</c> and friends).
/// </summary>
/// <remarks>
/// The list grows with almost every kernel release; counters are bound by name, and every one not declared here
/// is in <see cref="Counters"/> under <c>Group.Name</c>. Declared counters are nullable: each appeared in some
/// release.
/// </remarks>
[ProcFile("net/netstat", Accessor = "Netstat"), ProcFile("{pid}/net/netstat", Accessor = "Netstat"), PairedLines]
public sealed partial record NetNetstat
{
    /// <summary>SYN cookies sent because the SYN queue was full.</summary>
    [Key("TcpExt.SyncookiesSent")] public ulong? SyncookiesSent { get; init; }

    /// <summary>Times a listen queue overflowed.</summary>
    [Key("TcpExt.ListenOverflows")] public ulong? ListenOverflows { get; init; }

    /// <summary>SYNs dropped at a listening socket, overflows included.</summary>
    [Key("TcpExt.ListenDrops")] public ulong? ListenDrops { get; init; }

    /// <summary>Retransmission timeouts.</summary>
    [Key("TcpExt.TCPTimeouts")] public ulong? TcpTimeouts { get; init; }

    /// <summary>IPv4 bytes received (2.6.32+).</summary>
    [Key("IpExt.InOctets")] public ulong? InOctets { get; init; }

    /// <summary>IPv4 bytes sent (2.6.32+).</summary>
    [Key("IpExt.OutOctets")] public ulong? OutOctets { get; init; }

    /// <summary>The counters not declared above, <c>Group.Name</c> → value.</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, long> Counters { get; init; }
}
