namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/fs/xfs/stat</c>, a version-2 B+tree line (<c>abtb2</c>, <c>abtc2</c>, <c>bmbt2</c>, <c>ibt2</c>, <c>fibt2</c>, <c>rmapbt</c>, <c>refcntbt</c>, …): fifteen counters in the order of <c>struct xfs_btree_stats</c> in <c>fs/xfs/xfs_stats.h</c>; printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record XfsBtreeCounters
{
    /// <summary>Lookups.</summary>
    [Column(0)] public required ulong Lookups { get; init; }

    /// <summary>Key comparisons.</summary>
    [Column(1)] public required ulong Compares { get; init; }

    /// <summary>Records inserted.</summary>
    [Column(2)] public required ulong RecordsInserted { get; init; }

    /// <summary>Records deleted.</summary>
    [Column(3)] public required ulong RecordsDeleted { get; init; }

    /// <summary>New roots grown.</summary>
    [Column(4)] public required ulong NewRoots { get; init; }

    /// <summary>Roots removed.</summary>
    [Column(5)] public required ulong KilledRoots { get; init; }

    /// <summary>Cursor increments.</summary>
    [Column(6)] public required ulong Increments { get; init; }

    /// <summary>Cursor decrements.</summary>
    [Column(7)] public required ulong Decrements { get; init; }

    /// <summary>Left shifts.</summary>
    [Column(8)] public required ulong LeftShifts { get; init; }

    /// <summary>Right shifts.</summary>
    [Column(9)] public required ulong RightShifts { get; init; }

    /// <summary>Block splits.</summary>
    [Column(10)] public required ulong Splits { get; init; }

    /// <summary>Block joins.</summary>
    [Column(11)] public required ulong Joins { get; init; }

    /// <summary>Blocks allocated.</summary>
    [Column(12)] public required ulong BlocksAllocated { get; init; }

    /// <summary>Blocks freed.</summary>
    [Column(13)] public required ulong BlocksFreed { get; init; }

    /// <summary>Records moved.</summary>
    [Column(14)] public required ulong Moves { get; init; }
}
