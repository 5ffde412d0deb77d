namespace ProcGen.Specs;

/// <summary>
/// One entry of <c>/proc/net/rt_cache</c>: the IPv4 routing cache (<c>rt_cache_seq_show</c> in
/// <c>net/ipv4/route.c</c>). Read with <c>fs.RouteCache()</c>.
/// </summary>
/// <remarks>
/// The cache was removed in 3.6: current kernels print only the header (padded to 127 bytes), an empty table. Older
/// kernels printed one tab-separated line per cached route (<c>%s\t%08X\t%08X\t%8X\t%d\t%u\t%d\t%08X\t%d\t%u\t%u\t%02X\t%d\t%1d\t%08X</c>);
/// addresses are host-order hex words like <c>net/route</c>'s. Columns are bound by the header's names.
/// </remarks>
[ProcFile("net/rt_cache", Accessor = "RouteCache"), ProcFile("{pid}/net/rt_cache", Accessor = "RouteCache"), HeaderTable]
public sealed partial record RouteCacheEntry
{
    /// <summary>The output interface.</summary>
    [Column("Iface")] public required string Interface { get; init; }
    /// <summary>The destination address.</summary>
    [Column("Destination")] public required InetAddress Destination { get; init; }
    /// <summary>The next hop.</summary>
    [Column("Gateway")] public required InetAddress Gateway { get; init; }
    /// <summary><c>RTCF_*</c> flags (<c>%8X</c>).</summary>
    [Column("Flags"), Hex] public required uint Flags { get; init; }
    /// <summary>References to the entry.</summary>
    [Column("RefCnt")] public required int RefCount { get; init; }
    /// <summary>Times the entry was used.</summary>
    [Column("Use")] public required uint Use { get; init; }
    /// <summary>Always 0.</summary>
    [Column("Metric")] public required int Metric { get; init; }
    /// <summary>The source address.</summary>
    [Column("Source")] public required InetAddress Source { get; init; }
    /// <summary>The path MTU, or 0.</summary>
    [Column("MTU")] public required int Mtu { get; init; }
    /// <summary>The window clamp, or 0.</summary>
    [Column("Window")] public required uint Window { get; init; }
    /// <summary>The initial round-trip time, or 0.</summary>
    [Column("IRTT")] public required uint InitialRtt { get; init; }
    /// <summary>The type of service (<c>%02X</c>).</summary>
    [Column("TOS"), Hex] public required byte TypeOfService { get; init; }
    /// <summary>References to the hardware header cache, or -1.</summary>
    [Column("HHRef")] public required int HardwareHeaderRefs { get; init; }
    /// <summary>1 when the cached hardware header is up to date.</summary>
    [Column("HHUptod")] public required int HardwareHeaderUpToDate { get; init; }
    /// <summary>The specific destination (the local address replies come from).</summary>
    [Column("SpecDst")] public required InetAddress SpecificDestination { get; init; }
}
