using System;
using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/net/netfilter/nf_log</c>: the packet logger bound to one protocol family and the loggers
/// registered for it (<c>seq_show</c> in <c>net/netfilter/nf_log.c</c>: <c>%2lld</c>, the bound logger's name or
/// <c>NONE</c>, then the registered names comma-separated in parentheses). Read with <c>fs.NfLog()</c>.
/// </summary>
/// <remarks>
/// One line per family number 0…12 (<c>NFPROTO_NUMPROTO</c>): 2 is IPv4, 3 ARP, 5 netdev, 7 bridge, 10 IPv6. The
/// parentheses are empty when no logger module is loaded for the family.
/// </remarks>
[ProcFile("net/netfilter/nf_log", Accessor = "NfLog"), ProcFile("{pid}/net/netfilter/nf_log", Accessor = "NfLog"), Rows]
public sealed partial record NetfilterLogger
{
    /// <summary>The protocol family (<c>NFPROTO_*</c>: 2 IPv4, 3 ARP, 5 netdev, 7 bridge, 10 IPv6).</summary>
    [Column(0)] public required int Family { get; init; }

    /// <summary>The logger bound to the family (<c>nf_log_ipv4</c>), or <c>null</c> for <c>NONE</c>.</summary>
    [Column(1), NullIf("NONE")] public string? Logger { get; init; }

    /// <summary>The registered loggers as printed between the parentheses, comma-separated; empty for none.</summary>
    [Column(2), Enclosed('(', ')')] public required string Registered { get; init; }

    /// <summary>The registered loggers (<c>nf_log_ipv4</c>, <c>nfnetlink_log</c>).</summary>
    public IReadOnlyList<string> RegisteredLoggers => Registered.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
