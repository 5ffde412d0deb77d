namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/net/rt6_stats</c>: IPv6 routing table counters, seven <c>%04x</c> numbers on one line
/// (<c>rt6_stats_seq_show</c> in <c>net/ipv6/route.c</c>). Read with <c>fs.Rt6Stats()</c>.
/// </summary>
/// <remarks><c>%04x</c> is a minimum width: counts over 0xffff print more digits.</remarks>
[ProcFile("net/rt6_stats", Accessor = "Rt6Stats"), ProcFile("{pid}/net/rt6_stats", Accessor = "Rt6Stats"), Columnar]
public sealed partial record Ipv6RouteStatistics
{
    /// <summary>Nodes of the FIB tree (<c>fib_nodes</c>).</summary>
    [Column(0), Hex] public required uint FibNodes { get; init; }
    /// <summary>Nodes holding routes (<c>fib_route_nodes</c>).</summary>
    [Column(1), Hex] public required uint FibRouteNodes { get; init; }
    /// <summary>Route entries allocated (<c>fib_rt_alloc</c>).</summary>
    [Column(2), Hex] public required uint FibRouteAllocations { get; init; }
    /// <summary>Route entries in the tree (<c>fib_rt_entries</c>).</summary>
    [Column(3), Hex] public required uint FibRouteEntries { get; init; }
    /// <summary>Cached routes (<c>fib_rt_cache</c>).</summary>
    [Column(4), Hex] public required uint FibRouteCache { get; init; }
    /// <summary>IPv6 dst entries.</summary>
    [Column(5), Hex] public required uint DstEntries { get; init; }
    /// <summary>Routes discarded (<c>fib_discarded_routes</c>).</summary>
    [Column(6), Hex] public required uint DiscardedRoutes { get; init; }
}
