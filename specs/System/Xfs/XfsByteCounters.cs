namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/fs/xfs/stat</c>, <c>xpc</c>: 64-bit byte counters (<c>xs_xstrat_bytes</c>, <c>xs_write_bytes</c>, <c>xs_read_bytes</c>); printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record XfsByteCounters
{
    /// <summary>Bytes converted from delayed allocation.</summary>
    [Column(0)] public required ulong AllocatedBytes { get; init; }

    /// <summary>Bytes written by write calls.</summary>
    [Column(1)] public required ulong WrittenBytes { get; init; }

    /// <summary>Bytes read by read calls.</summary>
    [Column(2)] public required ulong ReadBytes { get; init; }
}
