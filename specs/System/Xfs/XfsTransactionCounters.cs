namespace ProcGen.Specs;

/// <summary>
/// A line of <c>/proc/fs/xfs/stat</c>, <c>trans</c>: transactions committed (<c>xs_trans_sync</c>, <c>xs_trans_async</c>, <c>xs_trans_empty</c>); printed by <c>xfs_stats_format</c> in <c>fs/xfs/xfs_stats.c</c>.
/// </summary>
[ProcPart, Columnar]
public sealed partial record XfsTransactionCounters
{
    /// <summary>Synchronous transactions.</summary>
    [Column(0)] public required ulong Synchronous { get; init; }

    /// <summary>Asynchronous transactions.</summary>
    [Column(1)] public required ulong Asynchronous { get; init; }

    /// <summary>Transactions that changed nothing.</summary>
    [Column(2)] public required ulong Empty { get; init; }
}
