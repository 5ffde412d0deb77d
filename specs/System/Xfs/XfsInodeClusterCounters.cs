namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/fs/xfs/stat</c>, <c>icluster</c>: inode flushes (<c>xs_iflush_count</c>, <c>xs_icluster_flushcnt</c>, <c>xs_icluster_flushinode</c>); printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record XfsInodeClusterCounters
{
    /// <summary>Inode flushes.</summary>
    [Column(0)] public required ulong Flushes { get; init; }

    /// <summary>Inode cluster flushes.</summary>
    [Column(1)] public required ulong ClusterFlushes { get; init; }

    /// <summary>Inodes flushed as part of a cluster.</summary>
    [Column(2)] public required ulong ClusterFlushedInodes { get; init; }
}
