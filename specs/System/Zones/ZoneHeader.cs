namespace ProcGen.Specs;

/// <summary>
/// The first line of a <c>zoneinfo</c> block: <c>Node 0, zone   DMA32</c> (<c>zoneinfo_show_print</c> in
/// <c>mm/vmstat.c</c> prints <c>Node %d, zone %8s</c>).
/// </summary>
[ProcPart, Columnar]
public sealed partial record ZoneHeader
{
    /// <summary>The NUMA node.</summary>
    [Column(1), Suffix(",")] public required int Node { get; init; }

    /// <summary>The zone: <c>DMA</c>, <c>DMA32</c>, <c>Normal</c>, <c>HighMem</c>, <c>Movable</c>, <c>Device</c>.</summary>
    [Column(3)] public required string Zone { get; init; }
}
