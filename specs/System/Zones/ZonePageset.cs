namespace ProcGen.Specs;

/// <summary>
/// One CPU's page cache of a zone, under <c>pagesets</c> in <c>zoneinfo</c>: a <c>cpu: N</c> line, its counters
/// indented deeper, then its <c>vm stats threshold</c> indented less (<c>zoneinfo_show_print</c> in
/// <c>mm/vmstat.c</c>). Counts are in pages.
/// </summary>
[ProcPart, Blocks(Start = BlockStart.PrefixedLine, HeaderPrefix = "cpu:")]
public sealed partial record ZonePageset
{
    /// <summary>The CPU.</summary>
    [Key("cpu")] public required int Cpu { get; init; }

    /// <summary>Pages in the CPU's list.</summary>
    [Key("count")] public required int Count { get; init; }

    /// <summary>The count above which pages are returned to the buddy allocator.</summary>
    [Key("high")] public required int High { get; init; }

    /// <summary>Pages moved to or from the buddy allocator at once.</summary>
    [Key("batch")] public required int Batch { get; init; }

    /// <summary>The lowest value <see cref="High"/> is tuned to (6.7+).</summary>
    [Key("high_min")] public int? HighMin { get; init; }

    /// <summary>The highest value <see cref="High"/> is tuned to (6.7+).</summary>
    [Key("high_max")] public int? HighMax { get; init; }

    /// <summary>The per-CPU counter drift after which the zone's counters are updated (SMP kernels).</summary>
    [Key("vm stats threshold")] public int? StatThreshold { get; init; }
}
