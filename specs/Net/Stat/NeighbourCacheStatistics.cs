namespace ProcGen.Specs;

/// <summary>
/// One CPU's line of <c>/proc/net/stat/arp_cache</c> (IPv4) or <c>/proc/net/stat/ndisc_cache</c> (IPv6 neighbour
/// discovery): neighbour-table counters (<c>neigh_stat_seq_show</c> in <c>net/core/neighbour.c</c>). Every field is
/// hexadecimal (<c>%08lx</c>). Read with <c>fs.ArpCacheStatistics()</c> or <c>fs.NdiscCacheStatistics()</c>.
/// </summary>
/// <remarks>
/// One line per possible CPU after the header; columns are bound by the header's names. <see cref="Entries"/> is
/// the table's entry count, the same on every line; the other counters are the CPU's own. Kernels before 2.6.24 lack
/// <c>unresolved_discards</c> and before 4.5 <c>table_fulls</c>: those are <c>null</c> when the header lacks them.
/// </remarks>
[ProcFile("net/stat/arp_cache", Accessor = "ArpCacheStatistics"), ProcFile("{pid}/net/stat/arp_cache", Accessor = "ArpCacheStatistics")]
[ProcFile("net/stat/ndisc_cache", Accessor = "NdiscCacheStatistics"), ProcFile("{pid}/net/stat/ndisc_cache", Accessor = "NdiscCacheStatistics")]
[HeaderTable]
public sealed partial record NeighbourCacheStatistics
{
    /// <summary>Entries in the table (<c>entries</c>, the same on every line).</summary>
    [Column("entries"), Hex] public required uint Entries { get; init; }
    /// <summary>Entries allocated.</summary>
    [Column("allocs"), Hex] public required ulong Allocs { get; init; }
    /// <summary>Entries destroyed.</summary>
    [Column("destroys"), Hex] public required ulong Destroys { get; init; }
    /// <summary>Times the hash table grew.</summary>
    [Column("hash_grows"), Hex] public required ulong HashGrows { get; init; }
    /// <summary>Lookups.</summary>
    [Column("lookups"), Hex] public required ulong Lookups { get; init; }
    /// <summary>Lookups that found an entry.</summary>
    [Column("hits"), Hex] public required ulong Hits { get; init; }
    /// <summary>Failed address resolutions.</summary>
    [Column("res_failed"), Hex] public required ulong ResolutionFailures { get; init; }
    /// <summary>Multicast probes received.</summary>
    [Column("rcv_probes_mcast"), Hex] public required ulong ReceivedMulticastProbes { get; init; }
    /// <summary>Unicast probes received.</summary>
    [Column("rcv_probes_ucast"), Hex] public required ulong ReceivedUnicastProbes { get; init; }
    /// <summary>Periodic garbage-collection runs.</summary>
    [Column("periodic_gc_runs"), Hex] public required ulong PeriodicGcRuns { get; init; }
    /// <summary>Forced garbage-collection runs (the table was over <c>gc_thresh</c>).</summary>
    [Column("forced_gc_runs"), Hex] public required ulong ForcedGcRuns { get; init; }
    /// <summary>Packets dropped while waiting for resolution (2.6.24+).</summary>
    [Column("unresolved_discards"), Hex] public ulong? UnresolvedDiscards { get; init; }
    /// <summary>Times an entry could not be added because the table was full (4.5+).</summary>
    [Column("table_fulls"), Hex] public ulong? TableFulls { get; init; }
}
