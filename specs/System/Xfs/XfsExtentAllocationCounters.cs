namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/fs/xfs/stat</c>, <c>extent_alloc</c>: extents and blocks allocated and freed (<c>xs_allocx</c>, <c>xs_allocb</c>, <c>xs_freex</c>, <c>xs_freeb</c>); printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record XfsExtentAllocationCounters
{
    /// <summary>Extents allocated.</summary>
    [Column(0)] public required ulong ExtentsAllocated { get; init; }

    /// <summary>Blocks allocated.</summary>
    [Column(1)] public required ulong BlocksAllocated { get; init; }

    /// <summary>Extents freed.</summary>
    [Column(2)] public required ulong ExtentsFreed { get; init; }

    /// <summary>Blocks freed.</summary>
    [Column(3)] public required ulong BlocksFreed { get; init; }
}
