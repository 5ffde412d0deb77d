namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/fs/xfs/stat</c>, <c>push_ail</c>: log space reservations and pushes of the active item list (<c>xs_try_logspace</c> … <c>xs_push_ail_flush</c>); printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record XfsTailPushCounters
{
    /// <summary>Log space reservation attempts.</summary>
    [Column(0)] public required ulong TryLogSpace { get; init; }

    /// <summary>Reservations that slept.</summary>
    [Column(1)] public required ulong SleepLogSpace { get; init; }

    /// <summary>AIL push sweeps.</summary>
    [Column(2)] public required ulong Pushes { get; init; }

    /// <summary>Items pushed successfully.</summary>
    [Column(3)] public required ulong PushSuccesses { get; init; }

    /// <summary>Items pushed by buffer.</summary>
    [Column(4)] public required ulong PushBuffers { get; init; }

    /// <summary>Items found pinned.</summary>
    [Column(5)] public required ulong Pinned { get; init; }

    /// <summary>Items found locked.</summary>
    [Column(6)] public required ulong Locked { get; init; }

    /// <summary>Items already being flushed.</summary>
    [Column(7)] public required ulong Flushing { get; init; }

    /// <summary>Sweeps restarted.</summary>
    [Column(8)] public required ulong Restarts { get; init; }

    /// <summary>Log forces to unpin items.</summary>
    [Column(9)] public required ulong Flushes { get; init; }
}
