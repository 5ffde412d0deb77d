namespace ProcGen.Specs;

/// <summary>
/// One CPU's line of <c>/proc/net/stat/rt_cache</c>: IPv4 routing counters (<c>rt_cpu_seq_show</c> in
/// <c>net/ipv4/route.c</c>). Every field is hexadecimal (<c>%08x</c>). Read with <c>fs.RouteCacheStatistics()</c>.
/// </summary>
/// <remarks>
/// One line per possible CPU after the header; columns are bound by the header's names. The IPv4 routing cache was
/// removed in 3.6: since then <see cref="Entries"/> counts IPv4 dst entries and the cache counters
/// (<c>in_hit</c>, <c>out_hit</c>, <c>gc_*</c>, <c>*_hlist_search</c>) are always 0, but still printed.
/// </remarks>
[ProcFile("net/stat/rt_cache", Accessor = "RouteCacheStatistics"), ProcFile("{pid}/net/stat/rt_cache", Accessor = "RouteCacheStatistics")]
[HeaderTable]
public sealed partial record RouteCacheStatistics
{
    /// <summary>IPv4 dst entries (<c>entries</c>, the same on every line).</summary>
    [Column("entries"), Hex] public required uint Entries { get; init; }
    /// <summary>Input cache hits (0 since 3.6).</summary>
    [Column("in_hit"), Hex] public required uint InputHits { get; init; }
    /// <summary>Input packets routed by a full lookup.</summary>
    [Column("in_slow_tot"), Hex] public required uint InputSlowTotal { get; init; }
    /// <summary>Multicast input packets routed by a full lookup.</summary>
    [Column("in_slow_mc"), Hex] public required uint InputSlowMulticast { get; init; }
    /// <summary>Input packets with no route.</summary>
    [Column("in_no_route"), Hex] public required uint InputNoRoute { get; init; }
    /// <summary>Broadcast input packets.</summary>
    [Column("in_brd"), Hex] public required uint InputBroadcast { get; init; }
    /// <summary>Input packets with a martian destination.</summary>
    [Column("in_martian_dst"), Hex] public required uint InputMartianDestination { get; init; }
    /// <summary>Input packets with a martian source.</summary>
    [Column("in_martian_src"), Hex] public required uint InputMartianSource { get; init; }
    /// <summary>Output cache hits (0 since 3.6).</summary>
    [Column("out_hit"), Hex] public required uint OutputHits { get; init; }
    /// <summary>Output routes by a full lookup.</summary>
    [Column("out_slow_tot"), Hex] public required uint OutputSlowTotal { get; init; }
    /// <summary>Multicast output routes by a full lookup.</summary>
    [Column("out_slow_mc"), Hex] public required uint OutputSlowMulticast { get; init; }
    /// <summary>Cache garbage collections (0 since 3.6).</summary>
    [Column("gc_total"), Hex] public required uint GcTotal { get; init; }
    /// <summary>Garbage collections skipped (0 since 3.6).</summary>
    [Column("gc_ignored"), Hex] public required uint GcIgnored { get; init; }
    /// <summary>Garbage collections that missed their goal (0 since 3.6).</summary>
    [Column("gc_goal_miss"), Hex] public required uint GcGoalMiss { get; init; }
    /// <summary>Cache overflows (0 since 3.6).</summary>
    [Column("gc_dst_overflow"), Hex] public required uint GcDstOverflow { get; init; }
    /// <summary>Input hash-chain entries searched (0 since 3.6).</summary>
    [Column("in_hlist_search"), Hex] public required uint InputHashListSearch { get; init; }
    /// <summary>Output hash-chain entries searched (0 since 3.6).</summary>
    [Column("out_hlist_search"), Hex] public required uint OutputHashListSearch { get; init; }
}
