namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/pagetypeinfo</c>: free pages and page blocks of every zone, split by migrate type (<c>pagetypeinfo_show</c>
/// in <c>mm/vmstat.c</c>, printed once per NUMA node with memory). Root only (mode 0400); read with
/// <c>fs.PageTypeInfo()</c>.
/// </summary>
/// <remarks>
/// Where <c>buddyinfo</c> (<see cref="ZoneFreeBlocks"/>) counts a zone's free blocks per order, this file splits the
/// count per migrate type (<c>Unmovable</c>, <c>Movable</c>, <c>Reclaimable</c>, <c>HighAtomic</c>, <c>CMA</c>,
/// <c>Isolate</c>; the set depends on the kernel's configuration) and counts page blocks per type, which shows how
/// well the kernel keeps unmovable allocations apart from movable ones. The file has two headers, two or three tables
/// and repeats per node, shapes that no row format covers: it is read as one value (<see cref="PageTypeReport"/>),
/// whose <c>Diagnose</c> names the line and field a malformed file breaks at and what was expected there.
/// </remarks>
[ProcFile("pagetypeinfo", Accessor = "PageTypeInfo"), SingleValue]
public sealed partial record PageTypeInfo
{
    /// <summary>The page block size and the free-page, block and (with <c>CONFIG_PAGE_OWNER</c>) mixed-block tables of every node.</summary>
    public required PageTypeReport Report { get; init; }
}
