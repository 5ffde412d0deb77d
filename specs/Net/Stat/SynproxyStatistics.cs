namespace ProcGen.Specs;

/// <summary>
/// One CPU's line of <c>/proc/net/stat/synproxy</c>: the netfilter SYN proxy's counters (<c>synproxy_cpu_seq_show</c>
/// in <c>net/netfilter/nf_synproxy_core.c</c>). Every field is hexadecimal (<c>%08x</c>). Read with
/// <c>fs.SynproxyStatistics()</c>.
/// </summary>
/// <remarks>
/// One line per possible CPU after the header; columns are bound by the header's names. The file exists once the
/// <c>nf_synproxy_core</c> module is loaded.
/// </remarks>
[ProcFile("net/stat/synproxy", Accessor = "SynproxyStatistics"), ProcFile("{pid}/net/stat/synproxy", Accessor = "SynproxyStatistics")]
[HeaderTable]
public sealed partial record SynproxyStatistics
{
    /// <summary>Always 0: printed for the layout shared with the other <c>net/stat</c> files.</summary>
    [Column("entries"), Hex] public required uint Entries { get; init; }
    /// <summary>SYNs answered with a cookie.</summary>
    [Column("syn_received"), Hex] public required uint SynReceived { get; init; }
    /// <summary>ACKs whose cookie did not check.</summary>
    [Column("cookie_invalid"), Hex] public required uint CookieInvalid { get; init; }
    /// <summary>ACKs whose cookie checked: connections handed to the server.</summary>
    [Column("cookie_valid"), Hex] public required uint CookieValid { get; init; }
    /// <summary>Retransmitted cookie SYN-ACKs.</summary>
    [Column("cookie_retrans"), Hex] public required uint CookieRetransmits { get; init; }
    /// <summary>Connections reopened from TIME_WAIT.</summary>
    [Column("conn_reopened"), Hex] public required uint ConnectionsReopened { get; init; }
}
