namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/fs/xfs/stat</c>, <c>ig</c>: inode cache lookups (<c>xs_ig_attempts</c> … <c>xs_ig_attrchg</c>); printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record XfsInodeCacheCounters
{
    /// <summary>Lookups in the inode cache.</summary>
    [Column(0)] public required ulong Attempts { get; init; }

    /// <summary>Lookups that found the inode.</summary>
    [Column(1)] public required ulong Found { get; init; }

    /// <summary>Found inodes that were being reclaimed and were reused.</summary>
    [Column(2)] public required ulong FoundRecycled { get; init; }

    /// <summary>Lookups that missed.</summary>
    [Column(3)] public required ulong Missed { get; init; }

    /// <summary>Inserts that raced with another insert.</summary>
    [Column(4)] public required ulong Duplicates { get; init; }

    /// <summary>Inodes reclaimed.</summary>
    [Column(5)] public required ulong Reclaims { get; init; }

    /// <summary>Inode attribute changes.</summary>
    [Column(6)] public required ulong AttributeChanges { get; init; }
}
