namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/fs/xfs/stat</c>, <c>vnodes</c>: VFS inode life cycle (<c>vn_active</c>, <c>vn_alloc</c>, <c>vn_get</c>, <c>vn_hold</c>, <c>vn_rele</c>, <c>vn_reclaim</c>, <c>vn_remove</c>, <c>vn_free</c>); the first is computed at print time as allocated minus freed; printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record XfsVnodeCounters
{
    /// <summary>Inodes in use now.</summary>
    [Column(0)] public required ulong Active { get; init; }

    /// <summary>Inodes allocated.</summary>
    [Column(1)] public required ulong Allocated { get; init; }

    /// <summary>Inode gets.</summary>
    [Column(2)] public required ulong Gets { get; init; }

    /// <summary>Inode holds.</summary>
    [Column(3)] public required ulong Holds { get; init; }

    /// <summary>Inode releases.</summary>
    [Column(4)] public required ulong Releases { get; init; }

    /// <summary>Inodes reclaimed.</summary>
    [Column(5)] public required ulong Reclaims { get; init; }

    /// <summary>Inodes removed.</summary>
    [Column(6)] public required ulong Removes { get; init; }

    /// <summary>Inodes freed.</summary>
    [Column(7)] public required ulong Frees { get; init; }
}
