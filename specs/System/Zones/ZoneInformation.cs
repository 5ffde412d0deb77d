using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// One zone of <c>/proc/zoneinfo</c>: a <c>Node 0, zone   DMA32</c> block with the zone's watermarks, sizes,
/// counters and per-CPU page caches (<c>zoneinfo_show_print</c> in <c>mm/vmstat.c</c>; proc(5)). Read with
/// <c>fs.ZoneInfo()</c>. Values are in pages (see <see cref="HostInfo"/> for the page size).
/// </summary>
/// <remarks>
/// Every zone is printed, populated or not; an unpopulated zone stops after <c>protection:</c>, so its counters,
/// pagesets and <c>start_pfn</c> are absent. The first populated zone of each node also holds the node's
/// <c>per-node stats</c> (4.8+). Lines without a colon end with their value (<c>pages free     3840</c>).
/// </remarks>
[ProcFile("zoneinfo", Accessor = "ZoneInfo"), Blocks(Start = BlockStart.UnindentedLine, HeaderPrefix = "Node ", LastFieldValue = true)]
public sealed partial record ZoneInformation
{
    /// <summary>The node and zone, from the block's first line.</summary>
    [HeaderLine] public required ZoneHeader Zone { get; init; }

    /// <summary>The node's counters, under the first populated zone of each node only (4.8+).</summary>
    [Key("per-node stats")] public ZoneNodeStatistics? NodeStatistics { get; init; }

    /// <summary>Free pages in the zone.</summary>
    [Key("pages free")] public required ulong FreePages { get; init; }

    /// <summary>Pages added to the watermarks while fragmentation is being fought (4.20+).</summary>
    [Key("boost")] public ulong? WatermarkBoost { get; init; }

    /// <summary>The min watermark: below it only atomic and emergency allocations succeed.</summary>
    [Key("min")] public required ulong MinWatermark { get; init; }

    /// <summary>The low watermark: below it kswapd starts reclaiming.</summary>
    [Key("low")] public required ulong LowWatermark { get; init; }

    /// <summary>The high watermark: kswapd reclaims until free pages reach it.</summary>
    [Key("high")] public required ulong HighWatermark { get; init; }

    /// <summary>The promotion watermark of memory tiering (6.1+).</summary>
    [Key("promo")] public ulong? PromoWatermark { get; init; }

    /// <summary>Pages the zone spans, holes included.</summary>
    [Key("spanned")] public required ulong SpannedPages { get; init; }

    /// <summary>Pages of physical memory in the zone.</summary>
    [Key("present")] public required ulong PresentPages { get; init; }

    /// <summary>Pages the buddy allocator manages.</summary>
    [Key("managed")] public ulong? ManagedPages { get; init; }

    /// <summary>Pages of the contiguous memory allocator (5.8+).</summary>
    [Key("cma")] public ulong? CmaPages { get; init; }

    /// <summary>
    /// Pages kept free for allocations that could use a higher zone, one value per zone of the node
    /// (<c>lowmem_reserve</c>, tuned by <c>vm.lowmem_reserve_ratio</c>).
    /// </summary>
    [Key("protection")] public required ParenthesizedNumbers Protection { get; init; }

    /// <summary>The per-CPU page caches, one per online CPU; absent from unpopulated zones.</summary>
    [Key("pagesets"), OutdentedKey("vm stats threshold")] public IReadOnlyList<ZonePageset>? Pagesets { get; init; }

    /// <summary>Whether kswapd gave up reclaiming the node (<c>1</c>/<c>0</c>); absent from unpopulated zones.</summary>
    [Key("node_unreclaimable")] public bool? NodeUnreclaimable { get; init; }

    /// <summary>The zone's first page frame number; absent from unpopulated zones.</summary>
    [Key("start_pfn")] public ulong? StartPfn { get; init; }

    /// <summary>The zone's counters (<c>nr_free_pages</c>, <c>nr_zone_active_anon</c>, <c>numa_hit</c> …) and any key a newer kernel adds.</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, ulong> Counters { get; init; }

    /// <summary>Whether the zone has memory: unpopulated zones print only their sizes and watermarks.</summary>
    public bool IsPopulated => PresentPages != 0;
}
