namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/fs/xfs/stat</c>, <c>blk_map</c>: block-map calls and in-core extent list operations (<c>xs_blk_mapr</c> … <c>xs_cmp_exlist</c>); printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record XfsBlockMappingCounters
{
    /// <summary>Block-map calls for reads.</summary>
    [Column(0)] public required ulong ReadMaps { get; init; }

    /// <summary>Block-map calls for writes (allocations).</summary>
    [Column(1)] public required ulong WriteMaps { get; init; }

    /// <summary>Block unmap (free) calls.</summary>
    [Column(2)] public required ulong Unmaps { get; init; }

    /// <summary>Extents added to an inode's in-core list.</summary>
    [Column(3)] public required ulong ExtentListAdditions { get; init; }

    /// <summary>Extents deleted from the list.</summary>
    [Column(4)] public required ulong ExtentListDeletions { get; init; }

    /// <summary>Lookups in the list.</summary>
    [Column(5)] public required ulong ExtentListLookups { get; init; }

    /// <summary>Comparisons during those lookups.</summary>
    [Column(6)] public required ulong ExtentListCompares { get; init; }
}
