namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/fs/xfs/stat</c>, <c>rw</c>: read and write system calls on XFS files (<c>xs_write_calls</c>, <c>xs_read_calls</c>); printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record XfsReadWriteCounters
{
    /// <summary>write calls.</summary>
    [Column(0)] public required ulong WriteCalls { get; init; }

    /// <summary>read calls.</summary>
    [Column(1)] public required ulong ReadCalls { get; init; }
}
