namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/fs/xfs/stat</c>, <c>log</c>: log writes (<c>xs_log_writes</c>, <c>xs_log_blocks</c>, <c>xs_log_noiclogs</c>, <c>xs_log_force</c>, <c>xs_log_force_sleep</c>); printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record XfsLogCounters
{
    /// <summary>Log buffer writes.</summary>
    [Column(0)] public required ulong Writes { get; init; }

    /// <summary>Log blocks written (512-byte units).</summary>
    [Column(1)] public required ulong Blocks { get; init; }

    /// <summary>Times no in-core log buffer was free.</summary>
    [Column(2)] public required ulong NoIclogs { get; init; }

    /// <summary>Log forces.</summary>
    [Column(3)] public required ulong Forces { get; init; }

    /// <summary>Log forces that had to wait.</summary>
    [Column(4)] public required ulong ForceSleeps { get; init; }
}
